/**
 * The content model: news items, standalone pages, categories and tags as immutable records, and
 * the Vietnamese-aware slug rules that make their URLs. Depends on nothing.
 */
package vn.bulletin.model;
