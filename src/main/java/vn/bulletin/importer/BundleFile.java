package vn.bulletin.importer;

/** A photo or attachment to write beside an item, under {@code name}. */
record BundleFile(String name, byte[] bytes, String from) {}
