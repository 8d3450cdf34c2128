package vn.bulletin.importer;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a run of {@code bulletin import} did, page by page, so that nothing is lost silently.
 *
 * @param missing photos and attachments that could not be had, by page
 * @param visitorTotal the largest visitor total the old portal's pages showed
 */
public record ImportReport(
    List<Done> imported,
    List<Done> updated,
    List<Skipped> skipped,
    List<Missing> missing,
    List<Warning> warnings,
    OptionalLong visitorTotal,
    boolean dryRun) {

  /** An item written (or, in a dry run, that would be) from a page. */
  public record Done(String url, String itemPath) {}

  /** A page that gave no item, and why. */
  public record Skipped(String url, String reason) {}

  /** A photo or file of a page that could not be fetched or read. */
  public record Missing(String url, String file) {}

  /** Something a page's item may need an editor for. */
  public record Warning(String url, String message) {}

  public ImportReport {
    imported = List.copyOf(imported);
    updated = List.copyOf(updated);
    skipped = List.copyOf(skipped);
    missing = List.copyOf(missing);
    warnings = List.copyOf(warnings);
  }
}
