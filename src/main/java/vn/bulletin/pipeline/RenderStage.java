package vn.bulletin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.photo.CleanCopy;
import vn.bulletin.photo.PhotoProblem;
import vn.bulletin.plan.FileSpec;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.publish.ReleaseWriter;
import vn.bulletin.render.DigestCache;
import vn.bulletin.render.PageFingerprint;
import vn.bulletin.render.PageRenderer;
import vn.bulletin.render.TemplateSource;

/**
 * Renders the planned pages on all cores, straight into the next release, and gives it the site's
 * other files. A page whose fingerprint the live release already holds is kept, not rendered.
 */
final class RenderStage {
  /**
   * The pages rendered (the others were kept), how many files the site holds, what went wrong, and
   * the photos: those that could not be decoded (by site path) and those that were.
   */
  record Outcome(
      List<String> rendered,
      int files,
      List<Diagnostic> diagnostics,
      PhotoOutputs.Outcome photos) {}

  private final Path project;
  private final BuildListener listener;
  private final List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());

  private final PhotoOutputs photos;

  RenderStage(Path project, BuildListener listener, PhotoOutputs photos) {
    this.project = project;
    this.listener = listener;
    this.photos = photos;
  }

  Outcome render(
      SiteConfig config, SitePlan plan, Optional<ReleaseWriter> release, DigestCache digests) {
    TemplateSource templates = TemplateSource.of(project);
    PageRenderer renderer = new PageRenderer(templates, VietnameseFormat.VI, config.timeZone());
    PageFingerprint fingerprints =
        new PageFingerprint(templates.fingerprint() + " " + config.timeZone(), digests);
    List<Diagnostic> failures = Collections.synchronizedList(new ArrayList<>());
    int total = plan.pages().size();
    AtomicInteger done = new AtomicInteger();
    List<String> rendered = Collections.synchronizedList(new ArrayList<>());
    plan.pages().parallelStream()
        .forEach(
            page -> {
              String key = fingerprints.of(page);
              if (release.isPresent() && release.get().canKeep(page.path(), key)) {
                release.get().keep(page.path(), key);
              } else {
                PageRenderer.Result result = renderer.render(page);
                rendered.add(page.path());
                if (result.failed()) {
                  failures.add(result.problem());
                } else {
                  release.ifPresent(r -> write(r, page.path(), result.bytes(), key));
                }
              }
              listener.pagesRendered(done.incrementAndGet(), total);
            });
    List<Diagnostic> diagnostics = new ArrayList<>(TemplateFailures.collapse(failures));
    // Without a release nothing is written: a check decodes no photo.
    PhotoOutputs.Outcome photoOutcome =
        release.map(r -> photos.publish(plan, r)).orElse(PhotoOutputs.Outcome.NONE);
    int files = addOtherFiles(plan, release, new CleanCopy(config.photos()));
    diagnostics.addAll(problems);
    return new Outcome(rendered.stream().sorted().toList(), files, diagnostics, photoOutcome);
  }

  // Texts (the built-in assets among them) and copied files, as the plan claimed them (each path
  // once, each inside the site); how many files the site holds.
  private int addOtherFiles(SitePlan plan, Optional<ReleaseWriter> release, CleanCopy clean) {
    release.ifPresent(
        r -> {
          plan.texts()
              .forEach(t -> write(r, t.path(), t.text().getBytes(StandardCharsets.UTF_8), ""));
          plan.files()
              .forEach(
                  f -> {
                    if (f.copy() == FileSpec.Copy.PHOTO_WITHOUT_METADATA) {
                      cleanCopy(r, f, clean);
                    } else {
                      copy(r, f.path(), f.source());
                    }
                  });
        });
    int variants = plan.photos().stream().mapToInt(p -> p.variants().all().size()).sum();
    return plan.pages().size() + variants + plan.texts().size() + plan.files().size();
  }

  private static void write(ReleaseWriter release, String path, byte[] bytes, String key) {
    try {
      release.write(path, bytes, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A template's photo, made again without its metadata unless the live release has this very copy.
  private void cleanCopy(ReleaseWriter release, FileSpec file, CleanCopy clean) {
    try {
      String key = clean.key(file.source());
      if (release.canKeep(file.path(), key)) {
        release.keep(file.path(), key);
      } else {
        release.write(file.path(), clean.of(file.source(), file.path()), key);
      }
    } catch (PhotoProblem e) {
      problems.add(
          Diagnostic.error(
                  project.relativize(file.source()).toString().replace('\\', '/'), e.getMessage())
              .withHint(
                  "save it again as a "
                      + (file.path().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                          ? "PNG"
                          : "JPEG")
                      + " photo, or remove it from the templates' assets"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(ReleaseWriter release, String path, Path file) {
    try {
      release.copy(path, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
