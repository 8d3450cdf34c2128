package vn.bulletin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import vn.bulletin.model.Slug;

/**
 * Puts imported items under {@code content/}: a new one at {@code <category-slug>/<title-slug>.md},
 * or a bundle folder when it has photos or files; an item seen before only if its source changed
 * and no editor changed it since. Writes nothing in a dry run.
 */
final class ItemStore {
  private final Path sourceDir;
  private final ImportLedger ledger;
  private final ExistingAliases existing;
  private final boolean dryRun;
  private final ItemRenderer renderer = new ItemRenderer();
  private final Set<String> claimed = new HashSet<>();

  ItemStore(Path sourceDir, ImportLedger ledger, boolean dryRun) {
    this.sourceDir = sourceDir;
    this.ledger = ledger;
    this.existing = new ExistingAliases(sourceDir);
    this.dryRun = dryRun;
  }

  void store(ItemDraft draft, ReportCollector report) throws IOException {
    String text = renderer.render(draft);
    String sourceHash = sourceHash(text, draft);
    Optional<ImportLedger.Entry> before = ledger.find(draft.sourceUrl());
    if (before.isPresent()) {
      update(draft, text, sourceHash, before.get(), report);
      return;
    }
    Optional<String> holder = existing.find(draft.alias());
    if (holder.isPresent()) {
      report.skipped(
          draft.sourceUrl(),
          "already in " + holder.get() + " (its aliases name this page); left alone");
      return;
    }
    String path = newPath(draft);
    write(path, text, draft);
    ledger.put(
        new ImportLedger.Entry(
            draft.sourceUrl(), path, sourceHash, hash(text.getBytes(StandardCharsets.UTF_8))));
    report.imported(draft.sourceUrl(), path);
  }

  private void update(
      ItemDraft draft,
      String text,
      String sourceHash,
      ImportLedger.Entry before,
      ReportCollector report)
      throws IOException {
    Path file = sourceDir.resolve(before.itemPath());
    if (!Files.exists(file)) {
      report.skipped(
          draft.sourceUrl(), before.itemPath() + " was deleted since it was imported; left alone");
      return;
    }
    if (!hash(Files.readAllBytes(file)).equals(before.fileHash())) {
      report.skipped(
          draft.sourceUrl(), before.itemPath() + " was edited since it was imported; left alone");
      return;
    }
    if (before.sourceHash().equals(sourceHash)) {
      report.skipped(draft.sourceUrl(), "unchanged since it was imported as " + before.itemPath());
      return;
    }
    String path = before.itemPath();
    if (!draft.files().isEmpty() && !path.endsWith("/index.md")) {
      // It has photos now: the single file becomes a bundle folder of the same name.
      String bundle = path.substring(0, path.length() - ".md".length()) + "/index.md";
      if (!dryRun) {
        Files.delete(file);
      }
      path = bundle;
    }
    write(path, text, draft);
    ledger.put(
        new ImportLedger.Entry(
            draft.sourceUrl(), path, sourceHash, hash(text.getBytes(StandardCharsets.UTF_8))));
    report.updated(draft.sourceUrl(), path);
  }

  private String newPath(ItemDraft draft) {
    String base = Slug.of(draft.title());
    String folder = "content/" + draft.category().slug() + "/";
    String slug = base.isEmpty() ? "bai-viet" : base;
    for (int n = 2; taken(folder + slug); n++) {
      slug = (base.isEmpty() ? "bai-viet" : base) + "-" + n;
    }
    claimed.add(folder + slug);
    return folder + slug + (draft.files().isEmpty() ? ".md" : "/index.md");
  }

  private boolean taken(String stem) {
    return claimed.contains(stem)
        || Files.exists(sourceDir.resolve(stem + ".md"))
        || Files.exists(sourceDir.resolve(stem))
        || ledger.owns(stem + ".md")
        || ledger.owns(stem + "/index.md");
  }

  private void write(String path, String text, ItemDraft draft) throws IOException {
    if (dryRun) {
      return;
    }
    Path file = sourceDir.resolve(path);
    Files.createDirectories(file.getParent());
    for (BundleFile extra : draft.files()) {
      Files.write(file.resolveSibling(extra.name()), extra.bytes());
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String sourceHash(String text, ItemDraft draft) {
    MessageDigest digest = sha256();
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    for (BundleFile file : draft.files()) {
      digest.update(file.name().getBytes(StandardCharsets.UTF_8));
      digest.update(file.bytes());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String hash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
