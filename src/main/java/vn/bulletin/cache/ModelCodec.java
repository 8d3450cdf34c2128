package vn.bulletin.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Severity;
import vn.bulletin.model.Alias;
import vn.bulletin.model.Category;
import vn.bulletin.model.Document;
import vn.bulletin.model.HtmlBody;
import vn.bulletin.model.Image;
import vn.bulletin.model.LinkTarget;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.model.Tag;

/**
 * Writes the parsed model field by field, and reads it back; the store's format. An item's body
 * goes apart.
 */
final class ModelCodec {
  private ModelCodec() {}

  static void writeEntry(DataOutput out, ParseCache.Entry entry) throws IOException {
    out.writeByte(
        entry.item().isPresent()
            ? 1
            : entry.page().isPresent() ? 2 : entry.document().isPresent() ? 3 : 0);
    if (entry.item().isPresent()) {
      writeItem(out, entry.item().get());
    } else if (entry.page().isPresent()) {
      writePage(out, entry.page().get());
    } else if (entry.document().isPresent()) {
      DocumentCodec.write(out, entry.document().get());
    }
    out.writeInt(entry.diagnostics().size());
    for (Diagnostic d : entry.diagnostics()) {
      writeDiagnostic(out, d);
    }
    out.writeInt(entry.photos().size());
    for (ParseCache.Stamp stamp : entry.photos()) {
      writeString(out, stamp.photo());
      out.writeLong(stamp.size());
      out.writeLong(stamp.modified());
    }
  }

  static ParseCache.Entry readEntry(
      DataInput in, java.util.function.Function<String, HtmlBody> bodies) throws IOException {
    int kind = in.readByte();
    Optional<NewsItem> item = kind == 1 ? Optional.of(readItem(in, bodies)) : Optional.empty();
    Optional<StandalonePage> page = kind == 2 ? Optional.of(readPage(in)) : Optional.empty();
    Optional<Document> document =
        kind == 3 ? Optional.of(DocumentCodec.read(in)) : Optional.empty();
    int count = in.readInt();
    List<Diagnostic> diagnostics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      diagnostics.add(readDiagnostic(in));
    }
    int photos = in.readInt();
    List<ParseCache.Stamp> stamps = new ArrayList<>(photos);
    for (int i = 0; i < photos; i++) {
      stamps.add(new ParseCache.Stamp(readString(in), in.readLong(), in.readLong()));
    }
    return new ParseCache.Entry(item, page, document, diagnostics, stamps);
  }

  static void writeItem(DataOutput out, NewsItem item) throws IOException {
    writeString(out, item.sourcePath());
    writeString(out, item.slug());
    writeString(out, item.path());
    writeString(out, item.title());
    writeDate(out, item.date());
    writeString(out, item.category().name());
    writeString(out, item.category().slug());
    writeString(out, item.category().description());
    out.writeInt(item.tags().size());
    for (Tag tag : item.tags()) {
      writeString(out, tag.name());
      writeString(out, tag.slug());
    }
    writeString(out, item.summary());
    out.writeBoolean(item.image().isPresent());
    if (item.image().isPresent()) {
      Image image = item.image().get();
      writeString(out, image.path());
      writeString(out, image.alt());
      out.writeInt(image.width());
      out.writeInt(image.height());
    }
    writeString(out, item.author());
    writeString(out, item.source());
    out.writeBoolean(item.featured());
    out.writeBoolean(item.draft());
    writeString(out, item.body().digest());
    writeLinks(out, item.internalLinks());
    out.writeInt(item.aliases().size());
    for (Alias alias : item.aliases()) {
      writeString(out, alias.path());
      out.writeInt(alias.lineNumber());
    }
    DocumentCodec.writeRefs(out, item.documents());
  }

  /** An item without its body, which {@code bodies} gives from the digest written in its place. */
  static NewsItem readItem(DataInput in, java.util.function.Function<String, HtmlBody> bodies)
      throws IOException {
    String sourcePath = readString(in);
    String slug = readString(in);
    String path = readString(in);
    String title = readString(in);
    ZonedDateTime date = readDate(in);
    Category category = new Category(readString(in), readString(in), readString(in));
    int tagCount = in.readInt();
    List<Tag> tags = new ArrayList<>(tagCount);
    for (int i = 0; i < tagCount; i++) {
      tags.add(new Tag(readString(in), readString(in)));
    }
    String summary = readString(in);
    Optional<Image> image =
        in.readBoolean()
            ? Optional.of(new Image(readString(in), readString(in), in.readInt(), in.readInt()))
            : Optional.empty();
    String author = readString(in);
    String source = readString(in);
    boolean featured = in.readBoolean();
    boolean draft = in.readBoolean();
    HtmlBody body = bodies.apply(readString(in));
    List<LinkTarget> links = readLinks(in);
    int aliasCount = in.readInt();
    List<Alias> aliases = new ArrayList<>(aliasCount);
    for (int i = 0; i < aliasCount; i++) {
      aliases.add(new Alias(readString(in), in.readInt()));
    }
    return new NewsItem(
        sourcePath,
        slug,
        path,
        title,
        date,
        category,
        tags,
        summary,
        image,
        author,
        source,
        featured,
        draft,
        body,
        links,
        aliases,
        DocumentCodec.readRefs(in));
  }

  static void writePage(DataOutput out, StandalonePage page) throws IOException {
    writeString(out, page.sourcePath());
    writeString(out, page.slug());
    writeString(out, page.title());
    writeString(out, page.lang());
    writeString(out, page.summary());
    out.writeBoolean(page.draft());
    writeString(out, page.bodyHtml());
    writeLinks(out, page.internalLinks());
  }

  static StandalonePage readPage(DataInput in) throws IOException {
    return new StandalonePage(
        readString(in),
        readString(in),
        readString(in),
        readString(in),
        readString(in),
        in.readBoolean(),
        readString(in),
        readLinks(in));
  }

  static void writeDiagnostic(DataOutput out, Diagnostic d) throws IOException {
    out.writeBoolean(d.isError());
    writeString(out, d.path());
    out.writeInt(d.lineNumber());
    out.writeInt(d.columnNumber());
    out.writeInt(d.width());
    writeString(out, d.message());
    writeString(out, d.sourceLine());
    writeString(out, d.hint());
    writeString(out, d.context());
  }

  static Diagnostic readDiagnostic(DataInput in) throws IOException {
    Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
    return new Diagnostic(
        severity,
        readString(in),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        readString(in),
        readString(in),
        readString(in),
        readString(in));
  }

  static void writeLinks(DataOutput out, List<LinkTarget> links) throws IOException {
    out.writeInt(links.size());
    for (LinkTarget link : links) {
      writeString(out, link.written());
      writeString(out, link.sitePath());
      out.writeBoolean(link.isImage());
      out.writeBoolean(link.leavesSite());
    }
  }

  static List<LinkTarget> readLinks(DataInput in) throws IOException {
    int count = in.readInt();
    List<LinkTarget> links = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      links.add(new LinkTarget(readString(in), readString(in), in.readBoolean(), in.readBoolean()));
    }
    return links;
  }

  // As numbers and the zone's name: parsing the ISO text back costs more than all the rest of an
  // item.
  private static void writeDate(DataOutput out, ZonedDateTime date) throws IOException {
    out.writeLong(date.toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC));
    out.writeInt(date.getNano());
    out.writeInt(date.getOffset().getTotalSeconds());
    writeString(out, date.getZone().getId());
  }

  private static ZonedDateTime readDate(DataInput in) throws IOException {
    java.time.LocalDateTime local =
        java.time.LocalDateTime.ofEpochSecond(
            in.readLong(), in.readInt(), java.time.ZoneOffset.UTC);
    java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(in.readInt());
    String zone = readString(in);
    return ZonedDateTime.ofLocal(
        local, zone.equals(offset.getId()) ? offset : java.time.ZoneId.of(zone), offset);
  }

  // Not writeUTF: a body can be longer than its 64 KB limit.
  static void writeString(DataOutput out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 64 * 1024 * 1024) {
      throw new IOException("corrupt cache: a string of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
