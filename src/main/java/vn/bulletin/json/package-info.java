/**
 * JSON text as bulletin writes it, for the search export, the search and counter APIs and the
 * preview's event stream. Depends on nothing but the JDK.
 */
package vn.bulletin.json;
