package vn.bulletin.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.Photos;

class PhotoInspectorTest {
  @TempDir Path dir;
  private final PhotoInspector inspector = new PhotoInspector();

  @Test
  void aCameraJpegIsMeasuredUprightFromItsExifOrientation() throws Exception {
    Path file = write("anh.jpg", Photos.cameraJpeg(Photos.halves(400, 300), 6));

    PhotoHeader header = inspector.inspect(file, "anh.jpg");

    assertThat(header).isEqualTo(new PhotoHeader(PhotoFormat.JPEG, 400, 300, 6, false));
    assertThat(header.uprightWidth()).isEqualTo(300);
    assertThat(header.uprightHeight()).isEqualTo(400);
  }

  @Test
  void aJpegWithoutExifIsUpright() throws Exception {
    Path file = write("anh.JPEG", Photos.jpeg(Photos.halves(40, 30), true));

    assertThat(inspector.inspect(file, "anh.JPEG").orientation()).isEqualTo(1);
  }

  @Test
  void aPngDeclaringFiftyThousandPixelsSquareIsRefusedFromItsHeader() throws Exception {
    Path file = write("bom.png", Photos.pngDeclaring(50_000, 50_000));

    assertThatThrownBy(() -> inspector.inspect(file, "bom.png"))
        .isInstanceOf(PhotoProblem.class)
        .hasMessage("declares 50000 × 50000 pixels, more than the 100 megapixels a photo may have");
  }

  @Test
  void aFileNamedJpegThatIsAPngIsRefused() throws Exception {
    Path file = write("anh.jpg", Photos.png(Photos.halves(20, 10)));

    assertThatThrownBy(() -> inspector.inspect(file, "anh.jpg"))
        .isInstanceOf(PhotoProblem.class)
        .hasMessage("is named as a JPEG but is a PNG: give it the .png extension");
  }

  @Test
  void aFileNamedJpegThatIsNoPhotoIsRefused() throws Exception {
    Path file =
        write(
            "anh.jpg",
            "<html>404 Not Found</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThatThrownBy(() -> inspector.inspect(file, "anh.jpg"))
        .isInstanceOf(PhotoProblem.class)
        .hasMessage("is named as a JPEG but is not a JPEG or PNG photo");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
