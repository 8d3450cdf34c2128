/**
 * The editorial review that {@code bulletin check} runs after the build's own checks: warnings
 * about content that builds but reads badly (photos without alt text or too heavy, no summary, long
 * headlines, NFD files, mixed tone marks, TCVN3/VNI text pasted from old documents). It sits beside
 * the pipeline rather than in it so a build never slows down or fails on style; it depends on
 * {@code content}, {@code yaml}, {@code markdown} and {@code diagnostic}.
 */
package vn.bulletin.check;
