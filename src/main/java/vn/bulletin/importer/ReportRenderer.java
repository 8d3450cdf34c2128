package vn.bulletin.importer;

/** Prints an {@link ImportReport}: the counts, then one line per page that needs a look. */
public final class ReportRenderer {
  public String render(ImportReport r) {
    StringBuilder out = new StringBuilder();
    for (ImportReport.Done d : r.imported()) {
      out.append("imported ").append(d.itemPath()).append(" from ").append(d.url()).append('\n');
    }
    for (ImportReport.Done d : r.updated()) {
      out.append("updated ").append(d.itemPath()).append(" from ").append(d.url()).append('\n');
    }
    for (ImportReport.Skipped s : r.skipped()) {
      out.append("skipped ").append(s.url()).append(": ").append(s.reason()).append('\n');
    }
    for (ImportReport.Missing m : r.missing()) {
      out.append("missing ").append(m.file()).append(" (in ").append(m.url()).append(")\n");
    }
    for (ImportReport.Warning w : r.warnings()) {
      out.append("warning ").append(w.url()).append(": ").append(w.message()).append('\n');
    }
    r.visitorTotal()
        .ifPresent(
            t ->
                out.append("visitor total shown by the old portal: ")
                    .append(grouped(t))
                    .append("; to carry it over, set counter: initial-total: ")
                    .append(t)
                    .append(" in bulletin.yaml\n"));
    out.append(r.imported().size())
        .append(" imported, ")
        .append(r.updated().size())
        .append(" updated, ")
        .append(r.skipped().size())
        .append(" skipped, ")
        .append(r.missing().size())
        .append(" files missing, ")
        .append(r.warnings().size())
        .append(" warnings");
    return out.append(r.dryRun() ? " (dry run: nothing was written)\n" : "\n").toString();
  }

  // Vietnamese groups thousands with dots: 832.881.
  static String grouped(long n) {
    String digits = Long.toString(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
