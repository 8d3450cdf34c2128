import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes N documents (văn bản) under DIR, each a bundle with a PAGES-page PDF of Vietnamese text in
 * an embedded font. Seeded: the same arguments give the same documents and the same text.
 * Usage: java -cp target/bulletin.jar bench/documents/GenerateDocuments.java N PAGES DIR
 */
public class GenerateDocuments {
  static final String[] KINDS = {"Quyết định", "Kế hoạch", "Thông báo", "Công văn", "Chỉ thị", "Báo cáo"};
  static final String[] SYMBOLS = {"QĐ", "KH", "TB", "CV", "CT", "BC"};
  static final String[] BODIES = {"Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông", "Ban Thường vụ Tỉnh ủy",
      "Sở Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân huyện Hàm Thuận Nam", "Sở Tài chính"};
  static final String[] ISSUERS = {"UBND", "STTTT", "TU", "SNN", "UBND-HTN", "STC"};
  static final String[] FIELDS = {"Chuyển đổi số", "Nông nghiệp", "Cải cách hành chính", "Tài chính", "Giáo dục",
      "Y tế", "Công tác dân vận", "Xây dựng"};
  static final String[] WORDS = ("triển khai thực hiện nhiệm vụ kế hoạch năm các cơ quan đơn vị địa phương trên địa bàn"
      + " tỉnh huyện xã phường thị trấn tăng cường công tác quản lý nhà nước về lĩnh vực nâng cao hiệu quả"
      + " chất lượng dịch vụ công trực tuyến toàn trình hồ sơ thủ tục hành chính người dân doanh nghiệp"
      + " chuyển đổi số hạ tầng nền tảng dữ liệu an toàn thông tin mạng phòng chống thiên tai mùa mưa bão"
      + " sản xuất thanh long vụ nghịch nông thôn mới giải ngân vốn đầu tư công báo cáo kết quả đánh giá"
      + " kiểm tra giám sát phối hợp chặt chẽ kịp thời đúng quy định pháp luật tổ chức hội nghị tập huấn"
      + " cán bộ công chức viên chức kinh phí ngân sách nhà nước giao Sở chủ trì hướng dẫn đôn đốc").split(" ");

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    int pages = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]);
    // One seed per document, drawn in order: documents are then made on every core and still come
    // out the same for the same arguments.
    Random seeds = new Random(42);
    long[] seed = new long[n + 1];
    for (int i = 1; i <= n; i++) {
      seed[i] = seeds.nextLong();
    }
    byte[] bytes;
    try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      bytes = in.readAllBytes();
    }
    // Parsed once per thread (a parsed font is not shared between threads): each document still
    // embeds the subset of it that its text uses.
    ThreadLocal<TrueTypeFont> fonts = ThreadLocal.withInitial(() -> {
      try {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    java.util.stream.IntStream.rangeClosed(1, n).parallel().forEach(i -> {
      try {
        write(dir, i, pages, new Random(seed[i]), fonts.get());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static void write(Path dir, int i, int pages, Random random, TrueTypeFont font) throws IOException {
    int k = random.nextInt(KINDS.length);
    int b = random.nextInt(BODIES.length);
    int year = 2020 + random.nextInt(5);
    String number = i + "/" + SYMBOLS[k] + "-" + ISSUERS[b];
    String summary = KINDS[k] + " về " + sentence(random, 10) + " (văn bản mẫu số " + i + ")";
    Path bundle = dir.resolve("vb-" + i);
    Files.createDirectories(bundle);
    Files.writeString(bundle.resolve("index.md"), """
        ---
        so-ky-hieu: "%s"
        loai: "%s"
        co-quan: "%s"
        ngay-ban-hanh: %d-%02d-%02d
        nguoi-ky: "Người ký mẫu"
        trich-yeu: "%s"
        linh-vuc: "%s"
        files:
          - title: "Toàn văn"
            path: toan-van.pdf
        ---
        """.formatted(number, KINDS[k], BODIES[b], year, 1 + random.nextInt(12), 1 + random.nextInt(28), summary,
        FIELDS[random.nextInt(FIELDS.length)]), StandardCharsets.UTF_8);
    writePdf(bundle.resolve("toan-van.pdf"), font, pages, number, summary, random);
  }

  static String sentence(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  static void writePdf(Path file, TrueTypeFont font, int pages, String number, String summary, Random random)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font face = PDType0Font.load(document, font, true);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        List<String> lines = new ArrayList<>();
        lines.add(p == 0 ? "Số: " + number : "Trang " + (p + 1));
        if (p == 0) {
          lines.add(summary);
        }
        while (lines.size() < 45) {
          lines.add(sentence(random, 14) + ".");
        }
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(face, 10);
          text.setLeading(15);
          text.newLineAtOffset(50, 750);
          for (String line : lines) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      document.save(file.toFile());
    }
  }
}
