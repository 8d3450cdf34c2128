/**
 * The live preview's build loop for {@code bulletin serve --watch}: watches the sources, turns each
 * burst of saves into one rebuild through the {@link vn.bulletin.watch.Rebuilder} seam, and words
 * the outcome for the terminal and the browser. Depends on {@code build}, {@code config} and {@code
 * diagnostic}; only {@code cli} depends on it.
 */
package vn.bulletin.watch;
