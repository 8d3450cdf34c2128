/**
 * The HTTP service on Jetty 12 core handlers: the visits API with its limits, client identity behind
 * trusted proxies, CORS, and for {@code bulletin serve} the built site as static files.
 * Depends on {@code counter}, {@code config} (for address ranges) and Jetty; only {@code cli} depends on it.
 */
package vn.bulletin.server;
