package vn.bulletin.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos made in the test, the way phones and cameras write them: JPEG with EXIF (orientation,
 * camera, serial number, GPS position), XMP and IPTC blocks; and broken ones.
 */
public final class Photos {
  /** Text each metadata block carries, which no published file may contain. */
  public static final String SERIAL = "SN-4217-BULLETIN";

  public static final String XMP_CREATOR = "xmp-creator-bulletin";
  public static final String IPTC_KEYWORD = "iptc-keyword-bulletin";

  private Photos() {}

  /** Left half red, right half blue, stored as {@code width} × {@code height}. */
  public static BufferedImage halves(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  /** A screenshot: black text and thin lines on white, which JPEG blurs and PNG keeps small. */
  public static BufferedImage screenshot(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    for (int y = 20; y < height; y += 18) {
      g.drawString("Văn bản số " + y + " — thông báo lịch tiếp công dân, tháng 9/2024", 10, y);
      g.drawLine(0, y + 4, width, y + 4);
    }
    g.dispose();
    return image;
  }

  /** A noisy picture, as a photo is: it compresses poorly as PNG. */
  public static BufferedImage noise(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int base = (x * 255 / width) << 16 | (y * 255 / height) << 8;
        image.setRGB(x, y, base | random.nextInt(64) << 8 | random.nextInt(64));
      }
    }
    return image;
  }

  /** A JPEG as a camera writes it: EXIF with the orientation, camera, serial and GPS; XMP; IPTC. */
  public static byte[] cameraJpeg(BufferedImage image, int orientation) {
    byte[] plain = jpeg(image, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    segment(
        out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff(orientation)));
    segment(
        out,
        0xE1,
        ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>"
                + XMP_CREATOR
                + "</dc:creator></x:xmpmeta>")
            .getBytes(StandardCharsets.UTF_8));
    segment(out, 0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1), iptc()));
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** A plain JPEG from the JDK's writer, baseline or progressive. */
  public static byte[] jpeg(BufferedImage image, boolean progressive) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
          param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PNG whose header declares {@code width} × {@code height} pixels, with a few bytes of data.
   */
  public static byte[] pngDeclaring(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /**
   * The markers of a JPEG's segments before its image data, such as 0xE0 for JFIF or 0xE1 for EXIF.
   */
  public static List<Integer> markers(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>();
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
      int marker = jpeg[i + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xDA) {
        break;
      }
      i += 2 + ((jpeg[i + 2] & 0xff) << 8 | (jpeg[i + 3] & 0xff));
    }
    return markers;
  }

  private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
    out.write(0xff);
    out.write(marker);
    out.write((data.length + 2) >> 8);
    out.write((data.length + 2) & 0xff);
    out.writeBytes(data);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  // Big-endian TIFF: IFD0 with Make, Model, Orientation, camera serial and a GPS IFD; the GPS IFD
  // with latitude 10°48'0" N. Values longer than four bytes follow the IFDs.
  private static byte[] exifTiff(int orientation) {
    byte[] make = "BulletinCam\0".getBytes(StandardCharsets.ISO_8859_1);
    byte[] model = "Model X\0".getBytes(StandardCharsets.ISO_8859_1);
    byte[] serial = (SERIAL + "\0").getBytes(StandardCharsets.ISO_8859_1);
    int ifd0 = 8;
    int ifd0Size = 2 + 5 * 12 + 4;
    int gps = ifd0 + ifd0Size;
    int gpsSize = 2 + 2 * 12 + 4;
    int data = gps + gpsSize;
    ByteBuffer b = ByteBuffer.allocate(data + make.length + model.length + serial.length + 24);
    b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
    b.putShort((short) 5);
    int makeAt = data;
    int modelAt = makeAt + make.length;
    int serialAt = modelAt + model.length;
    int latitudeAt = serialAt + serial.length;
    entry(b, 0x010F, 2, make.length, makeAt);
    entry(b, 0x0110, 2, model.length, modelAt);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    entry(b, 0x8825, 4, 1, gps);
    entry(b, 0xC62F, 2, serial.length, serialAt);
    b.putInt(0);
    b.putShort((short) 2);
    b.putShort((short) 0x0001)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    entry(b, 0x0002, 5, 3, latitudeAt);
    b.putInt(0);
    b.put(make).put(model).put(serial);
    b.putInt(10).putInt(1).putInt(48).putInt(1).putInt(0).putInt(1);
    return b.array();
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
  }

  // One IPTC dataset, 2:25 keywords, inside a Photoshop 8BIM resource 0x0404.
  private static byte[] iptc() {
    byte[] keyword = IPTC_KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer dataset = ByteBuffer.allocate(5 + keyword.length);
    dataset
        .put((byte) 0x1c)
        .put((byte) 2)
        .put((byte) 25)
        .putShort((short) keyword.length)
        .put(keyword);
    byte[] iptc = dataset.array();
    int padded = iptc.length + (iptc.length % 2);
    ByteBuffer b = ByteBuffer.allocate(4 + 2 + 2 + 4 + padded);
    b.put("8BIM".getBytes(StandardCharsets.ISO_8859_1))
        .putShort((short) 0x0404)
        .putShort((short) 0)
        .putInt(iptc.length)
        .put(iptc);
    return b.array();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
