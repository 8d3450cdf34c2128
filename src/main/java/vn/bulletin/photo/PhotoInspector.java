package vn.bulletin.photo;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a photo's header, never its pixels: the format its bytes show (which must be the one its
 * name says), its size, its EXIF orientation. A photo declaring more pixels than {@link
 * #MAX_PIXELS} is refused here, before anything allocates room for them.
 */
public final class PhotoInspector {
  /** 100 megapixels: above any phone or camera, far below what a crafted header can declare. */
  public static final long MAX_PIXELS = 100_000_000L;

  private static final int PNG_HEAD = 33;

  public PhotoHeader inspect(Path file, String name) throws PhotoProblem {
    PhotoFormat named =
        PhotoFormat.byName(name).orElseThrow(() -> new PhotoProblem("is not a JPEG or PNG file"));
    byte[] head = new byte[PNG_HEAD];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new PhotoProblem("cannot be read: " + reason(e), e);
    }
    Optional<PhotoFormat> actual = PhotoFormat.sniff(head, length);
    if (actual.isEmpty()) {
      throw new PhotoProblem("is named as a " + named.label() + " but is not a JPEG or PNG photo");
    }
    if (actual.get() != named) {
      throw new PhotoProblem(
          "is named as a "
              + named.label()
              + " but is a "
              + actual.get().label()
              + ": give it the ."
              + actual.get().extension()
              + " extension");
    }
    return named == PhotoFormat.PNG ? png(head, length) : jpeg(file);
  }

  // IHDR is the first chunk: width, height, bit depth, colour type, at fixed offsets.
  private static PhotoHeader png(byte[] head, int length) throws PhotoProblem {
    if (length < PNG_HEAD
        || head[12] != 'I'
        || head[13] != 'H'
        || head[14] != 'D'
        || head[15] != 'R') {
      throw new PhotoProblem("is a damaged PNG: it has no image header");
    }
    ByteBuffer b = ByteBuffer.wrap(head);
    long width = Integer.toUnsignedLong(b.getInt(16));
    long height = Integer.toUnsignedLong(b.getInt(20));
    refuseBomb(width, height);
    int colourType = head[25];
    // Types 4 and 6 carry alpha; a palette (3) may carry it in tRNS, found only by reading further.
    boolean alpha = colourType == 4 || colourType == 6 || colourType == 3;
    return new PhotoHeader(PhotoFormat.PNG, (int) width, (int) height, 1, alpha);
  }

  private static PhotoHeader jpeg(Path file) throws PhotoProblem {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      int orientation = orientation(in);
      in.seek(0);
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        refuseBomb(width, height);
        return new PhotoHeader(PhotoFormat.JPEG, (int) width, (int) height, orientation, false);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new PhotoProblem("is not a readable JPEG: " + reason(e), e);
    }
  }

  static void refuseBomb(long width, long height) throws PhotoProblem {
    if (width <= 0 || height <= 0) {
      throw new PhotoProblem("declares a size of " + width + " × " + height + " pixels");
    }
    if (width * height > MAX_PIXELS) {
      throw new PhotoProblem(
          "declares "
              + width
              + " × "
              + height
              + " pixels, more than the "
              + MAX_PIXELS / 1_000_000
              + " megapixels a photo may have");
    }
  }

  // The orientation tag of the EXIF segment; 1 when there is none or it says nothing sensible.
  private static int orientation(ImageInputStream in) throws IOException {
    List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, 0xFFE1, "Exif");
    for (JPEGSegment segment : segments) {
      try (InputStream data = segment.data();
          ImageInputStream tiff = ImageIO.createImageInputStream(skipExifHeader(data))) {
        Directory exif = new TIFFReader().read(tiff);
        Entry entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
        if (entry != null
            && entry.getValue() instanceof Number n
            && n.intValue() >= 1
            && n.intValue() <= 8) {
          return n.intValue();
        }
      } catch (IOException | RuntimeException e) {
        // A damaged EXIF block says nothing about the pixels: the photo is shown as stored.
        return 1;
      }
    }
    return 1;
  }

  // The segment's data starts after "Exif\0"; one more pad byte precedes the TIFF structure.
  private static InputStream skipExifHeader(InputStream data) throws IOException {
    data.skipNBytes(1);
    return data;
  }

  static String reason(Exception e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
  }
}
