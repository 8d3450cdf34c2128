package vn.bulletin.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.bulletin.model.LinkTarget;
import vn.bulletin.model.Slug;
import vn.bulletin.photo.Variant;
import vn.bulletin.photo.VariantSet;

/**
 * Sanitises rendered Markdown and shapes it for the page: a paragraph holding only a photo becomes
 * a {@code <figure>} with its caption, headings get ids, photos load lazily with their size, and
 * internal links are made relative to the page and collected for checking.
 */
public final class HtmlRefiner {
  /** Lead text taken from the body when an item has no summary is cut near this length. */
  static final int EXCERPT_LENGTH = 220;

  // Resolves relative URLs during cleaning only; never appears in output.
  static final String CLEAN_BASE = "https://bulletin.invalid/a/b/c/d/e/";

  /**
   * The refined body.
   *
   * @param photos the photos whose size was read, relative to {@code content/}: the body depends on
   *     them
   */
  public record Result(String html, String excerpt, List<LinkTarget> links, List<String> photos) {}

  private final Safelist safelist =
      Safelist.relaxed()
          .addTags("figure", "figcaption", "del", "s", "ins", "hr")
          .removeProtocols("a", "href", "ftp")
          .addProtocols("a", "href", "tel")
          .preserveRelativeLinks(true);
  private final ImageSizeReader sizes;

  public HtmlRefiner(ImageSizeReader sizes) {
    this.sizes = sizes;
  }

  /** Refines HTML written by Flexmark, or by an editor where the site allows it. */
  public Result refine(String html, LinkResolver links) {
    return refine(parse(html), links);
  }

  /** Refines a tree from {@link MarkdownRenderer#renderTree}; the tree is consumed. */
  public Result refine(MarkdownRenderer.Tree tree, LinkResolver links) {
    return refine(tree.document(), links);
  }

  static Document parse(String html) {
    return Jsoup.parseBodyFragment(html, CLEAN_BASE);
  }

  private Result refine(Document dirty, LinkResolver links) {
    Autolinker.link(dirty.body());
    // The Cleaner API rather than Jsoup.clean, which pretty-prints and so adds spaces to inline
    // text.
    Document doc = new Cleaner(safelist).clean(dirty);
    doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    Element body = doc.body();
    makeFigures(body);
    numberHeadings(body);
    List<LinkTarget> targets = new ArrayList<>();
    List<String> photos = new ArrayList<>();
    rewriteLinks(body, links, targets);
    rewriteImages(body, links, targets, photos);
    return new Result(body.html().strip(), excerpt(body), targets, photos);
  }

  private static void makeFigures(Element body) {
    for (Element p : body.select("p")) {
      if (p.childrenSize() != 1 || !p.child(0).tagName().equals("img") || !p.ownText().isBlank()) {
        continue;
      }
      Element img = p.child(0);
      String caption = img.attr("title");
      img.removeAttr("title");
      Element next = p.nextElementSibling();
      if (caption.isEmpty() && isCaption(next)) {
        caption = next.text();
        next.remove();
      }
      Element figure = new Element("figure");
      figure.appendChild(img.clone());
      if (!caption.isEmpty()) {
        figure.appendElement("figcaption").text(caption);
      }
      p.replaceWith(figure);
    }
  }

  // An italic paragraph right after a photo is its caption, as Vietnamese news pages write them.
  private static boolean isCaption(Element next) {
    return next != null
        && next.tagName().equals("p")
        && next.childrenSize() == 1
        && next.child(0).tagName().equals("em")
        && next.ownText().isBlank();
  }

  private static void numberHeadings(Element body) {
    Set<String> used = new HashSet<>();
    for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
      if (h.tagName().equals("h1")) {
        h.tagName("h2"); // the page's own title is its only h1
      }
      String base = Slug.of(h.text());
      String id = base.isEmpty() ? "muc" : base;
      for (int n = 2; !used.add(id); n++) {
        id = (base.isEmpty() ? "muc" : base) + "-" + n;
      }
      h.attr("id", id);
    }
  }

  private static void rewriteLinks(Element body, LinkResolver links, List<LinkTarget> targets) {
    for (Element a : body.select("a[href]")) {
      String written = a.attr("href");
      Optional<LinkResolver.Target> target = links.resolve(written);
      if (target.isEmpty()) {
        if (written.startsWith("http:") || written.startsWith("https:")) {
          a.attr("rel", "noopener");
        }
        continue;
      }
      targets.add(
          new LinkTarget(written, target.get().sitePath(), false, target.get().outsideSite()));
      if (!target.get().outsideSite()) {
        a.attr("href", links.relativeHref(target.get()));
      }
    }
  }

  private void rewriteImages(
      Element body, LinkResolver links, List<LinkTarget> targets, List<String> photos) {
    for (Element img : body.select("img")) {
      String written = img.attr("src");
      Optional<LinkResolver.Target> target = links.resolve(written);
      if (target.isPresent()) {
        targets.add(
            new LinkTarget(written, target.get().sitePath(), true, target.get().outsideSite()));
        if (!target.get().outsideSite()) {
          img.attr("src", links.relativeHref(target.get()));
        }
        if (!target.get().contentPath().isEmpty()) {
          photos.add(target.get().contentPath());
        }
        Optional<VariantSet> variants =
            target.get().outsideSite()
                ? Optional.empty()
                : sizes.findVariants(target.get().contentPath(), target.get().sitePath());
        if (variants.isPresent()) {
          showVariants(img, variants.get(), links);
        } else {
          sizes
              .find(target.get().contentPath())
              .ifPresent(
                  size -> {
                    img.attr("width", String.valueOf(size.width()));
                    img.attr("height", String.valueOf(size.height()));
                  });
        }
      }
      if (!img.hasAttr("alt")) {
        img.attr("alt", "");
      }
      img.attr("loading", "lazy").attr("decoding", "async");
    }
  }

  // The widest copy for browsers without srcset; the others let a phone take a small one.
  private void showVariants(Element img, VariantSet variants, LinkResolver links) {
    Variant largest = variants.largest();
    StringBuilder srcset = new StringBuilder();
    for (Variant v : variants.resized()) {
      srcset
          .append(srcset.length() == 0 ? "" : ", ")
          .append(links.relativeHref(v.sitePath()))
          .append(' ')
          .append(v.width())
          .append('w');
    }
    img.attr("src", links.relativeHref(largest.sitePath()));
    img.attr("srcset", srcset.toString());
    img.attr("sizes", sizes.columnSizes());
    img.attr("width", String.valueOf(largest.width()));
    img.attr("height", String.valueOf(largest.height()));
  }

  // The first paragraph; a body of lists or tables only gives its text from the start.
  private static String excerpt(Element body) {
    Element first = body.selectFirst("p");
    // wholeText keeps inline elements such as <del> joined to their neighbours as written.
    return shorten(first == null ? body.text() : first.wholeText().replaceAll("\\s+", " "));
  }

  /** Cuts text at a word boundary near {@link #EXCERPT_LENGTH}, with an ellipsis. */
  public static String shorten(String text) {
    String t = text.strip();
    if (t.length() <= EXCERPT_LENGTH) {
      return t;
    }
    int space = t.lastIndexOf(' ', EXCERPT_LENGTH);
    return t.substring(0, space > 0 ? space : EXCERPT_LENGTH).stripTrailing() + "…";
  }
}
