package vn.bulletin.search;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one export leaves for the next: the items it placed ({@link DocTable}), every term record of
 * both spaces as encoded in its chunks, the postings files they refer to, the names of its metadata
 * chunks by group, and the paths of all its files. An update changes only the records of the terms
 * of the items that changed and re-cuts the chunks from these.
 */
record ExportState(
    DocTable table,
    TreeMap<String, byte[]> unigrams,
    TreeMap<String, byte[]> bigrams,
    Map<String, byte[]> ownFiles,
    String[] metaNames,
    Set<String> files,
    byte[] manifest) {}
