/**
 * Site search: the Vietnamese analysis shared with the browser, the Lucene index of the published
 * items, its export to static chunks under {@code site/search/}, and the engine the CLI and the service
 * query. Depends on {@code model}, {@code plan}, {@code view}, {@code diagnostic}, Lucene and Jsoup.
 */
package vn.bulletin.search;
