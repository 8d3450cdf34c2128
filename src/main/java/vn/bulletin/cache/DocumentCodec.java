package vn.bulletin.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bulletin.model.Attachment;
import vn.bulletin.model.Document;
import vn.bulletin.model.DocumentRef;
import vn.bulletin.model.HtmlBody;

/**
 * The store's form of a document, and of the document numbers an item cites; its body is written in
 * place.
 */
final class DocumentCodec {
  private DocumentCodec() {}

  static void write(DataOutput out, Document d) throws IOException {
    ModelCodec.writeString(out, d.sourcePath());
    ModelCodec.writeString(out, d.slug());
    ModelCodec.writeString(out, d.path());
    writeRef(out, d.number());
    ModelCodec.writeString(out, d.kind());
    ModelCodec.writeString(out, d.issuer());
    out.writeLong(d.issued().toEpochDay());
    out.writeLong(d.inForce().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    ModelCodec.writeString(out, d.signer());
    ModelCodec.writeString(out, d.summary());
    ModelCodec.writeString(out, d.field());
    out.writeInt(d.files().size());
    for (Attachment a : d.files()) {
      ModelCodec.writeString(out, a.title());
      ModelCodec.writeString(out, a.name());
      ModelCodec.writeString(out, a.type());
      out.writeLong(a.bytes());
      ModelCodec.writeString(out, a.textKey());
    }
    writeRefs(out, d.replaces());
    out.writeBoolean(d.draft());
    ModelCodec.writeString(out, d.body().html());
    ModelCodec.writeLinks(out, d.internalLinks());
  }

  static Document read(DataInput in) throws IOException {
    String sourcePath = ModelCodec.readString(in);
    String slug = ModelCodec.readString(in);
    String path = ModelCodec.readString(in);
    DocumentRef number = readRef(in);
    String kind = ModelCodec.readString(in);
    String issuer = ModelCodec.readString(in);
    LocalDate issued = LocalDate.ofEpochDay(in.readLong());
    long inForce = in.readLong();
    String signer = ModelCodec.readString(in);
    String summary = ModelCodec.readString(in);
    String field = ModelCodec.readString(in);
    int count = in.readInt();
    List<Attachment> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      files.add(
          new Attachment(
              ModelCodec.readString(in),
              ModelCodec.readString(in),
              ModelCodec.readString(in),
              in.readLong(),
              ModelCodec.readString(in)));
    }
    List<DocumentRef> replaces = readRefs(in);
    boolean draft = in.readBoolean();
    HtmlBody body = HtmlBody.of(ModelCodec.readString(in));
    return new Document(
        sourcePath,
        slug,
        path,
        number,
        kind,
        issuer,
        issued,
        inForce == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(inForce)),
        signer,
        summary,
        field,
        files,
        replaces,
        draft,
        body,
        ModelCodec.readLinks(in));
  }

  static void writeRefs(DataOutput out, List<DocumentRef> refs) throws IOException {
    out.writeInt(refs.size());
    for (DocumentRef ref : refs) {
      writeRef(out, ref);
    }
  }

  static List<DocumentRef> readRefs(DataInput in) throws IOException {
    int count = in.readInt();
    List<DocumentRef> refs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      refs.add(readRef(in));
    }
    return refs;
  }

  private static void writeRef(DataOutput out, DocumentRef ref) throws IOException {
    ModelCodec.writeString(out, ref.number());
    out.writeInt(ref.lineNumber());
    out.writeInt(ref.columnNumber());
  }

  private static DocumentRef readRef(DataInput in) throws IOException {
    return new DocumentRef(ModelCodec.readString(in), in.readInt(), in.readInt());
  }
}
