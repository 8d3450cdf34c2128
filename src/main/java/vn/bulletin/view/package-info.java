/**
 * The records templates see: plain data made for one page kind each, never services or the model.
 * Depends on nothing; every path in them is relative to the site root.
 */
package vn.bulletin.view;
