/**
 * The records templates see: plain data made for one page kind each, never services or the model.
 * Depends on nothing but {@code model}'s {@code HtmlBody} (an article's body, decoded only when a
 * page shows it); every path in them is relative to the site root.
 */
package vn.bulletin.view;
