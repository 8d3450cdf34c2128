package vn.bulletin.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bulletin.attachment.AttachmentReader;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.content.DocumentFields;
import vn.bulletin.content.FrontMatter;
import vn.bulletin.content.FrontMatterParser;
import vn.bulletin.content.ItemFields;
import vn.bulletin.content.ItemFieldsReader;
import vn.bulletin.content.PageFields;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.markdown.HtmlRefiner;
import vn.bulletin.markdown.ImageSizeReader;
import vn.bulletin.markdown.LinkResolver;
import vn.bulletin.markdown.MarkdownRenderer;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.Document;
import vn.bulletin.model.HtmlBody;
import vn.bulletin.model.Image;
import vn.bulletin.model.LinkTarget;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.model.Tag;

/**
 * Parses one source file into an item or a page: front matter, then Markdown, then refined HTML.
 */
public final class SourceParser {
  /**
   * The parsed file, or nothing when it has errors; its diagnostics either way, and the photos
   * (relative to {@code content/}) whose size its HTML holds.
   */
  record Parsed<T>(Optional<T> value, List<Diagnostic> diagnostics, List<String> photos) {}

  private final SiteConfig config;
  private final FrontMatterParser frontMatter = new FrontMatterParser();
  private final ItemFieldsReader fields;
  private final MarkdownRenderer markdown;
  private final HtmlRefiner refiner;
  private final ImageSizeReader sizes;
  private final AttachmentReader attachments;

  public SourceParser(SiteConfig config, ImageSizeReader sizes, AttachmentReader attachments) {
    this.config = config;
    this.sizes = sizes;
    this.fields = new ItemFieldsReader(config);
    this.markdown = new MarkdownRenderer(config.allowHtml());
    this.refiner = new HtmlRefiner(sizes);
    this.attachments = attachments;
  }

  /**
   * Its attached files count as what the parse depends on, as photos do: a new PDF parses the
   * document again.
   */
  Parsed<Document> parseDocument(SourceFile source) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> photos = new ArrayList<>();
    Optional<Document> document =
        frontMatter
            .parse(source, problems)
            .flatMap(
                fm ->
                    fields
                        .readDocument(source, fm, problems)
                        .flatMap(f -> document(source, fm, f, problems, photos)));
    return new Parsed<>(document, problems, photos);
  }

  private Optional<Document> document(
      SourceFile source,
      FrontMatter fm,
      DocumentFields f,
      List<Diagnostic> problems,
      List<String> photos) {
    if (!source.isBundle()) {
      problems.add(
          Diagnostic.error(source.path(), "a document is a folder with index.md and its files")
              .atLine(1, source.line(1))
              .withHint("move it to content/van-ban/" + f.slug() + "/index.md"));
      return Optional.empty();
    }
    List<Attachment> files = new ArrayList<>();
    boolean allRead = true;
    for (DocumentFields.FileField file : f.files()) {
      photos.add(source.contentDir() + file.name());
      Optional<Attachment> attachment =
          attachments.read(source.path(), source.contentDir(), file, problems);
      attachment.ifPresent(files::add);
      allRead &= attachment.isPresent();
    }
    LinkResolver links = new LinkResolver(source.contentDir(), source.isBundle(), f.path());
    HtmlRefiner.Result body = body(source, fm, links, problems);
    photos.addAll(body.photos());
    if (!allRead) {
      return Optional.empty();
    }
    return Optional.of(
        new Document(
            source.path(),
            f.slug(),
            f.path(),
            f.number(),
            f.kind(),
            f.issuer(),
            f.issued(),
            f.inForce(),
            f.signer(),
            f.summary(),
            f.field(),
            files,
            f.replaces(),
            f.draft(),
            HtmlBody.of(body.html()),
            body.links()));
  }

  Parsed<NewsItem> parseItem(SourceFile source) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> photos = new ArrayList<>();
    Optional<NewsItem> item =
        frontMatter
            .parse(source, problems)
            .flatMap(
                fm ->
                    fields
                        .readItem(source, fm, problems)
                        .flatMap(f -> item(source, fm, f, problems, photos)));
    return new Parsed<>(item, problems, photos);
  }

  Parsed<StandalonePage> parsePage(SourceFile source) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> photos = new ArrayList<>();
    Optional<StandalonePage> page =
        frontMatter
            .parse(source, problems)
            .flatMap(
                fm ->
                    fields
                        .readPage(source, fm, problems)
                        .map(f -> page(source, fm, f, problems, photos)));
    return new Parsed<>(page, problems, photos);
  }

  private Optional<NewsItem> item(
      SourceFile source,
      FrontMatter fm,
      ItemFields f,
      List<Diagnostic> problems,
      List<String> photos) {
    LinkResolver links = new LinkResolver(source.contentDir(), source.isBundle(), f.path());
    HtmlRefiner.Result body = body(source, fm, links, problems);
    photos.addAll(body.photos());
    List<LinkTarget> targets = new ArrayList<>(body.links());
    Optional<Image> cover =
        f.image()
            .flatMap(
                written ->
                    links
                        .resolve(written)
                        .map(
                            t -> {
                              targets.add(
                                  new LinkTarget(written, t.sitePath(), true, t.outsideSite()));
                              // Lists show the cover's copies, named from its size: a new cover
                              // photo is a new parse.
                              if (!t.contentPath().isEmpty()) {
                                photos.add(t.contentPath());
                              }
                              Optional<ImageSizeReader.Size> size = sizes.find(t.contentPath());
                              return new Image(
                                  t.sitePath(),
                                  f.title(),
                                  size.map(ImageSizeReader.Size::width).orElse(0),
                                  size.map(ImageSizeReader.Size::height).orElse(0));
                            }));
    List<Tag> tags = new ArrayList<>();
    for (String name : f.tags()) {
      Tag tag = Tag.of(name);
      if (tag.slug().isEmpty()) {
        problems.add(
            Diagnostic.error(
                source.path(),
                "tag \"" + name + "\" has no letters or digits to make its URL from"));
        return Optional.empty();
      }
      tags.add(tag);
    }
    String summary = f.summary().isEmpty() ? body.excerpt() : f.summary();
    return Optional.of(
        new NewsItem(
            source.path(),
            f.slug(),
            f.path(),
            f.title(),
            f.date(),
            f.category(),
            tags,
            summary,
            cover,
            f.author(),
            f.source(),
            f.featured(),
            f.draft(),
            HtmlBody.of(body.html()),
            targets,
            f.aliases(),
            f.documents()));
  }

  private StandalonePage page(
      SourceFile source,
      FrontMatter fm,
      PageFields f,
      List<Diagnostic> problems,
      List<String> photos) {
    LinkResolver links = new LinkResolver(source.contentDir(), source.isBundle(), f.path());
    HtmlRefiner.Result body = body(source, fm, links, problems);
    photos.addAll(body.photos());
    return new StandalonePage(
        source.path(),
        f.slug(),
        f.title(),
        f.lang(),
        f.summary(),
        f.draft(),
        body.html(),
        body.links());
  }

  private HtmlRefiner.Result body(
      SourceFile source, FrontMatter fm, LinkResolver links, List<Diagnostic> problems) {
    MarkdownRenderer.Tree rendered = markdown.renderTree(fm.body(), fm.bodyLineOffset());
    for (MarkdownRenderer.Limit limit : rendered.limits()) {
      problems.add(limitReached(source, limit));
    }
    if (!config.allowHtml()) {
      for (int line : rendered.rawHtmlLines()) {
        problems.add(
            Diagnostic.warning(source.path(), "raw HTML is not rendered")
                .atLine(line, source.line(line))
                .withHint(
                    "write it in Markdown, or set markdown: allow-html: true in bulletin.yaml"));
      }
    }
    return refiner.refine(rendered, links);
  }

  private static Diagnostic limitReached(SourceFile source, MarkdownRenderer.Limit limit) {
    if (limit.refused()) {
      return Diagnostic.error(source.path(), "Markdown too dense to render: " + limit.description())
          .atLine(limit.lineNumber(), opening(source.line(limit.lineNumber())))
          .withHint(
              "this is not the text of a news item; split the file or remove the repeated marks");
    }
    return Diagnostic.warning(
            source.path(), limit.description() + "; from here on they show as typed")
        .atLine(limit.lineNumber(), opening(source.line(limit.lineNumber())))
        .withHint("escape the marks with \\ or break the text into paragraphs");
  }

  // Lines that meet a limit can be a whole file long: the message quotes their start.
  private static String opening(String line) {
    return line.codePointCount(0, line.length()) <= 100
        ? line
        : line.substring(0, line.offsetByCodePoints(0, 100)) + "…";
  }
}
