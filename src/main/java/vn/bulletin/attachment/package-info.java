/**
 * The files attached to documents (văn bản): their size and type, and the text inside PDF, DOCX and
 * XLSX files, extracted once per file content and kept by its hash, outside the model. Used by the
 * parse stage, and by the index stage for the texts (handed to it by the pipeline); depends on the
 * fingerprints (the files' hashes), on the model, the diagnostics and the file formats' libraries
 * (PDFBox, POI).
 */
package vn.bulletin.attachment;
