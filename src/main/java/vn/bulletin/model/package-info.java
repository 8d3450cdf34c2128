/**
 * The content model: news items, standalone pages, categories and tags as immutable records, and
 * the Vietnamese-aware slug rules that make their URLs. Depends on nothing but {@code fingerprint}
 * (a body is known by its digest).
 */
package vn.bulletin.model;
