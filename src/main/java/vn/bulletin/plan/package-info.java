/**
 * The plan stage: orders the published items, groups them, selects "Các tin khác", paginates, and
 * lists every file of the site with the template and view record that make it. Pure and cheap.
 * Depends on {@code model}, {@code view}, {@code config}, {@code photo} (the copies a photo is
 * published as) and {@code diagnostic}.
 */
package vn.bulletin.plan;
