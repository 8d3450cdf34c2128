/**
 * The HTTP service on Jetty 12 core handlers: the visits API with its limits, client identity
 * behind trusted proxies, CORS, for {@code bulletin serve} the built site as static files, and for
 * {@code serve --watch} the live-reload stream and script. Depends on {@code counter}, {@code
 * config} (for address ranges), {@code search} and Jetty; only {@code cli} depends on it.
 */
package vn.bulletin.server;
