package vn.bulletin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Gathers a run's outcomes as pages are handled, then gives the {@link ImportReport}. */
final class ReportCollector {
  private final List<ImportReport.Done> imported = new ArrayList<>();
  private final List<ImportReport.Done> updated = new ArrayList<>();
  private final List<ImportReport.Skipped> skipped = new ArrayList<>();
  private final List<ImportReport.Missing> missing = new ArrayList<>();
  private final List<ImportReport.Warning> warnings = new ArrayList<>();
  private long visitorTotal = -1;

  void imported(String url, String path) {
    imported.add(new ImportReport.Done(url, path));
  }

  void updated(String url, String path) {
    updated.add(new ImportReport.Done(url, path));
  }

  void skipped(String url, String reason) {
    skipped.add(new ImportReport.Skipped(url, reason));
  }

  void missing(String url, String file) {
    missing.add(new ImportReport.Missing(url, file));
  }

  void warning(String url, String message) {
    warnings.add(new ImportReport.Warning(url, message));
  }

  void visitorTotal(OptionalLong total) {
    total.ifPresent(t -> visitorTotal = Math.max(visitorTotal, t));
  }

  ImportReport report(boolean dryRun) {
    return new ImportReport(
        imported,
        updated,
        skipped,
        missing,
        warnings,
        visitorTotal < 0 ? OptionalLong.empty() : OptionalLong.of(visitorTotal),
        dryRun);
  }
}
