/**
 * The visitor counter's domain: who a client is (a salted hash, never an address), which visits
 * count, and a store that keeps every acknowledged visit durably through JDBC (SQLite or
 * PostgreSQL). Depends on the JDK and the JDBC drivers only; {@code server} and {@code cli} depend
 * on it.
 */
package vn.bulletin.counter;
