package vn.bulletin.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.Photos;

class PhotoEncoderTest {
  @TempDir Path dir;
  private final PhotoSettings settings = PhotoSettings.DEFAULT;
  private final PhotoEncoder encoder = new PhotoEncoder(settings);
  private final PhotoInspector inspector = new PhotoInspector();
  private final VariantPlanner planner = new VariantPlanner(settings);

  @Test
  void theOrientationIsAppliedToThePixels() throws Exception {
    // Stored left red, right blue, to be shown turned a quarter clockwise: red on top.
    Map<Variant, byte[]> out =
        encodeAll("anh.jpg", Photos.cameraJpeg(Photos.halves(1600, 1200), 6));
    Variant largest =
        out.keySet().stream()
            .filter(v -> v.sitePath().equals("anh-1200.jpg"))
            .findFirst()
            .orElseThrow();

    BufferedImage image = read(out.get(largest));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(1600);
    assertThat(isRed(image.getRGB(600, 200))).isTrue();
    assertThat(isBlue(image.getRGB(600, 1400))).isTrue();
  }

  @Test
  void noPublishedCopyHoldsAnyMetadata() throws Exception {
    Map<Variant, byte[]> out =
        encodeAll("anh.jpg", Photos.cameraJpeg(Photos.noise(1300, 975, 1), 6));

    assertThat(out).hasSize(5);
    out.values()
        .forEach(
            bytes -> {
              // JFIF, quantisation and Huffman tables, the frame, then the scan: no APP1 (EXIF,
              // XMP) or APP13 (IPTC).
              assertThat(Photos.markers(bytes)).containsOnly(0xE0, 0xDB, 0xC0, 0xC4, 0xDA);
              String text = new String(bytes, StandardCharsets.ISO_8859_1);
              assertThat(text)
                  .doesNotContain(
                      "Exif",
                      "http://ns.adobe.com",
                      "Photoshop",
                      "8BIM",
                      "ICC_PROFILE",
                      Photos.SERIAL,
                      Photos.XMP_CREATOR,
                      Photos.IPTC_KEYWORD,
                      "BulletinCam");
            });
  }

  @Test
  void theSamePhotoAndSettingsGiveTheSameBytes() throws Exception {
    byte[] photo = Photos.cameraJpeg(Photos.noise(900, 600, 2), 1);

    Map<Variant, byte[]> first = encodeAll("a.jpg", photo);
    Map<Variant, byte[]> second = encodeAll("a.jpg", photo);

    first.forEach(
        (v, bytes) -> assertThat(Arrays.equals(bytes, second.get(v))).as(v.sitePath()).isTrue());
  }

  @Test
  void aProgressiveJpegIsRead() throws Exception {
    Map<Variant, byte[]> out = encodeAll("p.jpg", Photos.jpeg(Photos.halves(640, 480), true));

    BufferedImage small = read(out.values().iterator().next());
    assertThat(small.getWidth()).isEqualTo(480);
    assertThat(isRed(small.getRGB(60, 180))).isTrue();
    assertThat(isBlue(small.getRGB(420, 180))).isTrue();
  }

  @Test
  void aCmykJpegIsReadInItsColours() throws Exception {
    byte[] cmyk;
    try (InputStream in = getClass().getResourceAsStream("/photos/cmyk.jpg")) {
      cmyk = in.readAllBytes();
    }

    BufferedImage image = read(encodeAll("cmyk.jpg", cmyk).values().iterator().next());

    assertThat(image.getWidth()).isEqualTo(64);
    assertThat(isRed(image.getRGB(8, 24))).isTrue();
    assertThat(isBlue(image.getRGB(56, 24))).isTrue();
  }

  @Test
  void aTruncatedJpegIsAProblemNotAGreyPicture() throws Exception {
    byte[] whole = Photos.jpeg(Photos.noise(800, 600, 3), false);
    Path file = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(whole, whole.length / 2));
    PhotoHeader header = inspector.inspect(file, "cut.jpg");

    assertThatThrownBy(
            () ->
                encoder.encode(
                    file, header, planner.plan("cut.jpg", 800, 600, PhotoFormat.JPEG).all()))
        .isInstanceOf(PhotoProblem.class)
        .hasMessageStartingWith("is damaged or cut short: ");
  }

  @Test
  void anOpaquePhotoSavedAsPngBecomesJpegAndAScreenshotStaysPng() throws Exception {
    FormatSelector selector = new FormatSelector(planner, encoder);
    Path photo = Files.write(dir.resolve("photo.png"), Photos.png(Photos.noise(900, 600, 4)));
    Path screenshot = Files.write(dir.resolve("shot.png"), Photos.png(Photos.screenshot(900, 600)));

    assertThat(selector.select("photo.png", photo, inspector.inspect(photo, "photo.png")))
        .isEqualTo(PhotoFormat.JPEG);
    assertThat(selector.select("shot.png", screenshot, inspector.inspect(screenshot, "shot.png")))
        .isEqualTo(PhotoFormat.PNG);
  }

  private Map<Variant, byte[]> encodeAll(String name, byte[] bytes)
      throws IOException, PhotoProblem {
    Path file = Files.write(dir.resolve(name), bytes);
    PhotoHeader header = inspector.inspect(file, name);
    List<Variant> variants =
        planner.plan(name, header.uprightWidth(), header.uprightHeight(), PhotoFormat.JPEG).all();
    return encoder.encode(file, header, variants);
  }

  private static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  private static boolean isRed(int rgb) {
    return (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 60 && (rgb & 0xff) < 60;
  }

  private static boolean isBlue(int rgb) {
    return (rgb >> 16 & 0xff) < 60 && (rgb >> 8 & 0xff) < 60 && (rgb & 0xff) > 200;
  }
}
