package vn.bulletin.counter;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One visit to record: the page's canonical path and the day it happened in the site's time zone.
 */
public record Visit(String path, LocalDate day) {
  YearMonth month() {
    return YearMonth.from(day);
  }
}
