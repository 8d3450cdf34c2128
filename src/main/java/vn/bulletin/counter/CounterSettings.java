package vn.bulletin.counter;

import java.time.ZoneId;

/**
 * How the counter counts.
 *
 * @param initialTotal the total carried over from the old portal, added to every total shown
 * @param zone where "today" and "this month" are reckoned (Asia/Ho_Chi_Minh for the bulletin)
 * @param visitsPerMinute how many visits one client may record in a burst, and per minute after it
 */
public record CounterSettings(long initialTotal, ZoneId zone, int visitsPerMinute) {
  /** Reading is cheaper than recording and a reader opens many pages: a looser limit. */
  int readsPerMinute() {
    return visitsPerMinute * 10;
  }
}
