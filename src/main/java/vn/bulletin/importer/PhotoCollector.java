package vn.bulletin.importer;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.bulletin.model.Slug;

/**
 * Brings an article's photos and attachments beside it: each photo as {@code anh-1.jpg}, {@code
 * anh-2.png} …, each PDF or Word file under a slug of its name, and the body's links changed to
 * them. A photo that cannot be had is taken out and reported; links to other pages of the old
 * portal become absolute, and, when the page's address is unknown, plain text.
 */
final class PhotoCollector {
  static final Set<String> ATTACHMENT_TYPES =
      Set.of(
          "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "zip", "rar",
          "7z");
  private static final Set<String> PHOTO_TYPES = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg");

  /** What the collection gave: files to write, and what could not be had. */
  record Collected(List<BundleFile> files, List<String> missingPhotos, List<String> missingFiles) {}

  private final Fetcher fetcher;
  private final URI siteRoot;

  /**
   * @param siteRoot where root-relative addresses of a saved page point, or the page's web root
   */
  PhotoCollector(Fetcher fetcher, URI siteRoot) {
    this.fetcher = fetcher;
    this.siteRoot = siteRoot;
  }

  /**
   * @param fileBase where the page's relative addresses point to (the saved file, or its URL)
   * @param pageUrl the page's web address, when known, for links to the rest of the portal
   */
  Collected collect(Element body, List<Element> attachments, URI fileBase, Optional<URI> pageUrl) {
    List<BundleFile> files = new ArrayList<>();
    List<String> missingPhotos = new ArrayList<>();
    List<String> missingFiles = new ArrayList<>();
    Map<URI, String> done = new HashMap<>();
    for (Element img : body.select("img")) {
      Optional<URI> source = resolve(fileBase, siteRoot, img.attr("src"));
      Optional<String> name =
          source.flatMap(s -> bring(s, photoName(s, files.size() + 1), files, done));
      if (name.isPresent()) {
        img.attr("src", name.get());
      } else {
        missingPhotos.add(source.map(URI::toString).orElse(img.attr("src")));
        img.remove();
      }
    }
    List<Element> listed = new ArrayList<>();
    for (Element link : attachments) {
      Optional<URI> target = resolve(fileBase, siteRoot, link.attr("href"));
      String label = link.text().strip();
      Optional<String> name = target.flatMap(t -> bring(t, attachmentName(t, label), files, done));
      if (name.isPresent()) {
        listed.add(
            new Element("li").appendChild(new Element("a").attr("href", name.get()).text(label)));
      } else {
        missingFiles.add(target.map(URI::toString).orElse(link.attr("href")));
      }
    }
    if (!listed.isEmpty()) {
      body.appendElement("p").appendElement("strong").text("Tệp đính kèm");
      Element list = body.appendElement("ul");
      listed.forEach(list::appendChild);
    }
    for (Element link : body.select("a[href]")) {
      relink(link, fileBase, pageUrl, files, done, missingFiles);
    }
    return new Collected(files, missingPhotos, missingFiles);
  }

  private void relink(
      Element link,
      URI fileBase,
      Optional<URI> pageUrl,
      List<BundleFile> files,
      Map<URI, String> done,
      List<String> missing) {
    String href = link.attr("href").strip();
    if (href.startsWith("#") || href.matches("(?i)^(mailto|tel):.*") || done.containsValue(href)) {
      return;
    }
    Optional<URI> target = resolve(fileBase, siteRoot, href);
    if (target.isPresent() && ATTACHMENT_TYPES.contains(extension(target.get()))) {
      Optional<String> name = bring(target.get(), fileName(target.get()), files, done);
      if (name.isPresent()) {
        link.attr("href", name.get());
        return;
      }
      missing.add(target.get().toString());
    }
    Optional<URI> web =
        pageUrl
            .flatMap(p -> resolve(p, p.resolve("/"), href))
            .filter(u -> u.getScheme().matches("https?"));
    if (web.isPresent()) {
      link.attr("href", web.get().toString());
    } else {
      link.unwrap();
    }
  }

  private Optional<String> bring(
      URI source, String name, List<BundleFile> files, Map<URI, String> done) {
    if (done.containsKey(source)) {
      return Optional.of(done.get(source));
    }
    try {
      byte[] bytes = fetcher.fetch(source).body();
      String unique = unique(name, files);
      files.add(new BundleFile(unique, bytes, source.toString()));
      done.put(source, unique);
      return Optional.of(unique);
    } catch (FetchFailure e) {
      return Optional.empty();
    }
  }

  private static String unique(String name, List<BundleFile> files) {
    Set<String> taken = new LinkedHashSet<>();
    files.forEach(f -> taken.add(f.name()));
    String candidate = name;
    int dot = name.lastIndexOf('.');
    for (int n = 2; taken.contains(candidate) || candidate.equals("index.md"); n++) {
      candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
    }
    return candidate;
  }

  private static String photoName(URI source, int number) {
    String ext = extension(source);
    return "anh-" + number + "." + (PHOTO_TYPES.contains(ext) ? ext.replace("jpeg", "jpg") : "jpg");
  }

  private static String fileName(URI source) {
    String path = source.getPath() == null ? "" : source.getPath();
    return slugName(path.substring(path.lastIndexOf('/') + 1), extension(source));
  }

  // A portal's download link ("index.php?op=down&id=7") may have no extension; its label often has
  // one.
  private static String attachmentName(URI source, String label) {
    if (ATTACHMENT_TYPES.contains(extension(source))) {
      return fileName(source);
    }
    String ext =
        label.contains(".")
            ? label.substring(label.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
            : "";
    return slugName(label, ATTACHMENT_TYPES.contains(ext) ? ext : "bin");
  }

  private static String slugName(String base, String ext) {
    int dot = base.lastIndexOf('.');
    String slug = Slug.of(dot > 0 ? base.substring(0, dot) : base);
    return (slug.isEmpty() ? "tep" : slug) + "." + ext;
  }

  static String extension(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static Optional<URI> resolve(URI base, URI root, String href) {
    String h = href.strip();
    if (h.startsWith("/") && !h.startsWith("//")) {
      return resolve(root, root, h.substring(1));
    }
    if (h.isEmpty() || h.startsWith("data:") || h.matches("(?i)^javascript:.*")) {
      return Optional.empty();
    }
    try {
      URI resolved = base.resolve(new URI(h.replace(" ", "%20")));
      return resolved.getScheme() != null && resolved.getScheme().matches("(?i)https?|file")
          ? Optional.of(resolved)
          : Optional.empty();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
