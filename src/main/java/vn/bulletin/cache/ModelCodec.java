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
import vn.bulletin.model.Image;
import vn.bulletin.model.LinkTarget;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;
import vn.bulletin.model.Tag;

/** Writes the parsed model field by field, and reads it back; the cache's format. */
final class ModelCodec {
  private ModelCodec() {}

  static void writeItem(DataOutput out, NewsItem item) throws IOException {
    writeString(out, item.sourcePath());
    writeString(out, item.slug());
    writeString(out, item.path());
    writeString(out, item.title());
    writeString(out, item.date().toString());
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
    writeString(out, item.bodyHtml());
    writeLinks(out, item.internalLinks());
    out.writeInt(item.aliases().size());
    for (Alias alias : item.aliases()) {
      writeString(out, alias.path());
      out.writeInt(alias.lineNumber());
    }
  }

  static NewsItem readItem(DataInput in) throws IOException {
    String sourcePath = readString(in);
    String slug = readString(in);
    String path = readString(in);
    String title = readString(in);
    ZonedDateTime date = ZonedDateTime.parse(readString(in));
    Category category = new Category(readString(in), readString(in), readString(in));
    int tagCount = in.readInt();
    List<Tag> tags = new ArrayList<>(tagCount);
    for (int i = 0; i < tagCount; i++) {
      tags.add(new Tag(readString(in), readString(in)));
    }
    String summary = readString(in);
    Optional<Image> image = in.readBoolean()
        ? Optional.of(new Image(readString(in), readString(in), in.readInt(), in.readInt())) : Optional.empty();
    String author = readString(in);
    String source = readString(in);
    boolean featured = in.readBoolean();
    boolean draft = in.readBoolean();
    String body = readString(in);
    List<LinkTarget> links = readLinks(in);
    int aliasCount = in.readInt();
    List<Alias> aliases = new ArrayList<>(aliasCount);
    for (int i = 0; i < aliasCount; i++) {
      aliases.add(new Alias(readString(in), in.readInt()));
    }
    return new NewsItem(sourcePath, slug, path, title, date, category, tags, summary, image, author, source,
        featured, draft, body, links, aliases);
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
    return new StandalonePage(readString(in), readString(in), readString(in), readString(in), readString(in),
        in.readBoolean(), readString(in), readLinks(in));
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
  }

  static Diagnostic readDiagnostic(DataInput in) throws IOException {
    Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
    return new Diagnostic(severity, readString(in), in.readInt(), in.readInt(), in.readInt(), readString(in),
        readString(in), readString(in));
  }

  private static void writeLinks(DataOutput out, List<LinkTarget> links) throws IOException {
    out.writeInt(links.size());
    for (LinkTarget link : links) {
      writeString(out, link.written());
      writeString(out, link.sitePath());
      out.writeBoolean(link.isImage());
      out.writeBoolean(link.leavesSite());
    }
  }

  private static List<LinkTarget> readLinks(DataInput in) throws IOException {
    int count = in.readInt();
    List<LinkTarget> links = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      links.add(new LinkTarget(readString(in), readString(in), in.readBoolean(), in.readBoolean()));
    }
    return links;
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
