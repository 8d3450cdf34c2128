/**
 * Site search: the Vietnamese analysis shared with the browser, the Lucene index of the published
 * items, its export to static chunks under {@code site/search/}, and the engine the CLI and the
 * service query. Depends on {@code model} (and its Vietnamese format of dates), Lucene and Jsoup;
 * never on {@code build} or {@code cli}, and it holds no HTTP code: the service calls {@link
 * SearchEngine}.
 */
package vn.bulletin.search;
