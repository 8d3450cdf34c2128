package vn.bulletin.photo;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes a photo once and encodes its variants: read with subsampling when every variant is much
 * smaller (a 24 MP photo for 1200 px copies is read at half size), shrunk, turned upright, and
 * written with no metadata at all: no EXIF, XMP, IPTC, ICC profile or thumbnail reaches a visitor.
 * The same pixels and settings give the same bytes.
 */
public final class PhotoEncoder {
  private static final Pattern COLOUR_PROFILE = Pattern.compile("(?i)\\bICC\\b|colou?r profile");
  private final PhotoSettings settings;

  public PhotoEncoder(PhotoSettings settings) {
    this.settings = settings;
  }

  /** The bytes of each variant, in the order given. */
  public Map<Variant, byte[]> encode(Path file, PhotoHeader header, List<Variant> variants)
      throws PhotoProblem {
    double needed =
        variants.stream().mapToDouble(v -> (double) v.width() / v.cropWidth()).max().orElse(1);
    // Each variant is still made from at least twice its pixels, so the scaler's filter has room to
    // work.
    int subsampling = Math.max(1, (int) Math.floor(1 / (2 * needed)));
    BufferedImage stored = decode(file, header, subsampling);
    Map<Variant, byte[]> out = new LinkedHashMap<>();
    for (Variant v : variants) {
      out.put(
          v,
          write(
              Upright.apply(shrink(stored, header, v), header.orientation(), header.alpha()),
              v.format()));
    }
    return out;
  }

  // Scaled in the stored orientation, to be turned after: a quarter turn swaps the copy's sides.
  private static BufferedImage shrink(BufferedImage stored, PhotoHeader header, Variant v) {
    double factor = (double) stored.getWidth() / header.width();
    Rectangle region =
        Upright.storedRegion(
            header.orientation(),
            header.width(),
            header.height(),
            new Rectangle(v.cropX(), v.cropY(), v.cropWidth(), v.cropHeight()));
    int x = Math.min(stored.getWidth() - 1, (int) Math.floor(region.x * factor));
    int y = Math.min(stored.getHeight() - 1, (int) Math.floor(region.y * factor));
    int w = Math.max(1, Math.min(stored.getWidth() - x, (int) Math.round(region.width * factor)));
    int h = Math.max(1, Math.min(stored.getHeight() - y, (int) Math.round(region.height * factor)));
    return header.turned()
        ? Scaler.scale(stored, x, y, w, h, v.height(), v.width())
        : Scaler.scale(stored, x, y, w, h, v.width(), v.height());
  }

  private static BufferedImage decode(Path file, PhotoHeader header, int subsampling)
      throws PhotoProblem {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(header.format());
      List<String> warnings = new ArrayList<>();
      try {
        reader.setInput(in, true, true);
        PhotoInspector.refuseBomb(reader.getWidth(0), reader.getHeight(0));
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        BufferedImage image = reader.read(0, param);
        // A missing colour profile is converted as well as can be; any other warning means lost
        // pixels.
        Optional<String> damage =
            warnings.stream().filter(w -> !COLOUR_PROFILE.matcher(w).find()).findFirst();
        if (damage.isPresent()) {
          throw new PhotoProblem("is damaged or cut short: " + damage.get());
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new PhotoProblem("cannot be decoded: " + PhotoInspector.reason(e), e);
    }
  }

  // TwelveMonkeys' JPEG reader where present (CMYK, YCCK, broken ICC profiles); the JDK's for PNG.
  private static ImageReader reader(PhotoFormat format) {
    Iterator<ImageReader> readers =
        ImageIO.getImageReadersByFormatName(format == PhotoFormat.JPEG ? "jpeg" : "png");
    ImageReader first = readers.next();
    for (ImageReader r = first; ; r = readers.next()) {
      if (r.getClass().getName().startsWith("com.twelvemonkeys")) {
        return r;
      }
      if (!readers.hasNext()) {
        return first;
      }
    }
  }

  byte[] write(BufferedImage image, PhotoFormat format) throws PhotoProblem {
    ImageWriter writer = writer(format);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format == PhotoFormat.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(settings.jpegQuality() / 100f);
        if (param instanceof JPEGImageWriteParam jpeg) {
          jpeg.setOptimizeHuffmanTables(true);
        }
      }
      // No metadata: the writer adds only what decoding needs (a JFIF header for JPEG).
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new PhotoProblem("cannot be encoded: " + PhotoInspector.reason(e), e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  // The JDK's own writers: their output is the reference every browser reads.
  private static ImageWriter writer(PhotoFormat format) {
    Iterator<ImageWriter> writers =
        ImageIO.getImageWritersByFormatName(
            format.extension().toUpperCase(Locale.ROOT).equals("JPG") ? "jpeg" : "png");
    ImageWriter first = writers.next();
    for (ImageWriter w = first; ; w = writers.next()) {
      if (w.getClass().getName().startsWith("com.sun.")) {
        return w;
      }
      if (!writers.hasNext()) {
        return first;
      }
    }
  }
}
