package vn.bulletin.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.bulletin.content.StaticFile;
import vn.bulletin.model.Document;
import vn.bulletin.model.LinkTarget;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.photo.PhotoFormat;
import vn.bulletin.photo.PhotoLookup;
import vn.bulletin.photo.PhotoSettings;
import vn.bulletin.photo.VariantPlanner;

/**
 * Where the files under {@code content/} go. Photos in a bundle are published beside its page;
 * other files keep their place under {@code content/}. A JPEG or PNG that an item or page shows is
 * published as its copies, and the file itself only when the site config asks; one that nothing
 * shows is not published at all unless asked, since its metadata (a GPS position) would go out with
 * it.
 */
final class ContentFilePlanner {
  /** The plan's share of {@code content/}'s files. */
  record Planned(List<FileSpec> files, List<PhotoSpec> photos, Map<String, String> problems) {}

  private final PhotoSettings settings;
  private final Function<String, PhotoLookup> photos;

  ContentFilePlanner(PhotoSettings settings, Function<String, PhotoLookup> photos) {
    this.settings = settings;
    this.photos = photos;
  }

  Planned plan(
      SitePlanner.Input in,
      List<NewsItem> published,
      List<Document> documents,
      List<StandalonePage> pages) {
    Set<String> shown = shown(published, pages);
    Map<String, Optional<String>> bundlePages = bundlePages(in, published, documents);
    List<FileSpec> files = new ArrayList<>(in.assets());
    List<PhotoSpec> photoSpecs = new ArrayList<>();
    Map<String, String> problems = new TreeMap<>();
    VariantPlanner variants = new VariantPlanner(settings);
    for (StaticFile file : in.contentFiles()) {
      Optional<String> sitePath = sitePath(file.contentPath(), bundlePages);
      if (sitePath.isEmpty()) {
        continue;
      }
      FileSpec spec = new FileSpec(sitePath.get(), file.file());
      if (PhotoFormat.byName(file.contentPath()).isEmpty()) {
        files.add(spec);
        continue;
      }
      if (settings.publishOriginals()) {
        files.add(spec);
      }
      if (shown.contains(sitePath.get())) {
        PhotoLookup lookup = photos.apply(file.contentPath());
        lookup
            .record()
            .ifPresentOrElse(
                r ->
                    photoSpecs.add(
                        new PhotoSpec(
                            sitePath.get(),
                            file.file(),
                            r,
                            variants.plan(
                                sitePath.get(),
                                r.header().uprightWidth(),
                                r.header().uprightHeight(),
                                r.output()))),
                () -> problems.put(sitePath.get(), lookup.problem()));
      }
    }
    return new Planned(files, photoSpecs, problems);
  }

  private static Set<String> shown(List<NewsItem> published, List<StandalonePage> pages) {
    Set<String> shown = new HashSet<>();
    published.forEach(item -> addPhotos(item.internalLinks(), shown));
    pages.forEach(page -> addPhotos(page.internalLinks(), shown));
    return shown;
  }

  private static void addPhotos(List<LinkTarget> links, Set<String> shown) {
    links.stream()
        .filter(l -> l.isImage() && !l.leavesSite())
        .forEach(l -> shown.add(l.sitePath()));
  }

  // A bundle of an item or a document that is not published publishes none of its files.
  private static Map<String, Optional<String>> bundlePages(
      SitePlanner.Input in, List<NewsItem> published, List<Document> documents) {
    Set<Object> isPublished = Collections.newSetFromMap(new IdentityHashMap<>());
    isPublished.addAll(published);
    isPublished.addAll(documents);
    Map<String, Optional<String>> bundlePages = new HashMap<>();
    for (NewsItem item : in.items()) {
      bundleDir(item.sourcePath())
          .ifPresent(
              dir ->
                  bundlePages.put(
                      dir,
                      isPublished.contains(item) ? Optional.of(item.path()) : Optional.empty()));
    }
    for (Document d : in.documents()) {
      bundleDir(d.sourcePath())
          .ifPresent(
              dir ->
                  bundlePages.put(
                      dir, isPublished.contains(d) ? Optional.of(d.path()) : Optional.empty()));
    }
    return bundlePages;
  }

  // Empty for a file of a bundle whose item is not published.
  private static Optional<String> sitePath(String path, Map<String, Optional<String>> bundlePages) {
    Optional<String> bundle = enclosingBundle(path, bundlePages);
    if (bundle.isEmpty()) {
      return Optional.of(path);
    }
    return bundlePages.get(bundle.get()).map(page -> page + path.substring(bundle.get().length()));
  }

  // The innermost bundle folder holding a file, found by walking up its folders.
  private static Optional<String> enclosingBundle(String path, Map<String, ?> bundles) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      String dir = path.substring(0, slash + 1);
      if (bundles.containsKey(dir)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> bundleDir(String sourcePath) {
    String prefix = "content/";
    if (!sourcePath.endsWith("/index.md") || !sourcePath.startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(
        sourcePath.substring(prefix.length(), sourcePath.length() - "index.md".length()));
  }
}
