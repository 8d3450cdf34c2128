package vn.bulletin.counter;

/** A client's salted hash (128 bits): equal for one client on one day, unlinkable across days. */
record ClientId(long high, long low) {}
