package vn.bulletin.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.bulletin.check.LegacyEncodingDetector;

/**
 * Turns Vietnamese typed in the old font encodings and pasted as Unicode back into Unicode: TCVN3
 * (.VnTime), where one Latin-1 sign stands for one letter ("Céng hoµ"), and VNI (VNI-Times), where
 * a letter is followed by signs for its marks ("Coäng hoøa"). A text is converted only when {@link
 * LegacyEncodingDetector} finds enough of its words suspicious, so ordinary Unicode with a foreign
 * name in it is left as it is.
 */
final class LegacyTextConverter {
  /** The old encoding a text was typed in. */
  enum Encoding {
    TCVN3,
    VNI
  }

  // TCVN3 puts its tone-marked lowercase letters and its unmarked capitals in 0xA1 to 0xFF.
  private static final String TCVN3_FROM =
      "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉË®ÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ¡¢§£¤¥¦";
  private static final String TCVN3_TO =
      "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĂÂĐÊÔƠƯ";
  private static final Map<Character, String> VNI = vniMarks();
  static final int NEIGHBOURS = 2;
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\u00A1-\\u00FF]+");

  /**
   * Converts the words of a legacy text: each suspicious word and its neighbours up to {@value
   * #NEIGHBOURS} words away ("Céng" beside "hoµ" looks like Unicode alone), so Unicode words typed
   * around a pasted quotation stay as they are.
   */
  String convert(String text) {
    java.util.Optional<Encoding> encoding = find(text);
    if (encoding.isEmpty()) {
      return text;
    }
    java.util.regex.Matcher words = WORD.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (words.find()) {
      spans.add(new int[] {words.start(), words.end()});
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int last = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      out.append(text, last, span[0]);
      String word = text.substring(span[0], span[1]);
      boolean near = false;
      for (int j = i - NEIGHBOURS; j <= i + NEIGHBOURS; j++) {
        near |= suspicious(text, spans, j);
      }
      out.append(near ? (encoding.get() == Encoding.TCVN3 ? tcvn3(word) : vni(word)) : word);
      last = span[1];
    }
    return out.append(text.substring(last)).toString();
  }

  private static boolean suspicious(String text, List<int[]> spans, int i) {
    return i >= 0
        && i < spans.size()
        && LegacyEncodingDetector.isSuspicious(text.substring(spans.get(i)[0], spans.get(i)[1]));
  }

  /**
   * The encoding a text is in, when as many words as {@code check} flags, or most accented ones,
   * look like one.
   */
  static java.util.Optional<Encoding> find(String text) {
    int suspicious = 0;
    int accented = 0;
    for (String word : text.split("[^\\p{L}\\u00A1-\\u00FF]+")) {
      if (word.chars().anyMatch(c -> c > 127)) {
        accented++;
        suspicious += LegacyEncodingDetector.isSuspicious(word) ? 1 : 0;
      }
    }
    if (suspicious == 0
        || suspicious < LegacyEncodingDetector.MIN_WORDS && suspicious * 2 < accented) {
      return java.util.Optional.empty();
    }
    // Only TCVN3 uses the signs below 0xC0; VNI's marks are all letters of Latin-1's upper half.
    boolean lowSigns = text.chars().anyMatch(c -> c >= 0xA1 && c <= 0xBF && c != 0xB0);
    return java.util.Optional.of(lowSigns ? Encoding.TCVN3 : Encoding.VNI);
  }

  static String tcvn3(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = TCVN3_FROM.indexOf(c);
      out.append(at < 0 ? c : TCVN3_TO.charAt(at));
    }
    return out.toString();
  }

  static String vni(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String marks = VNI.get(c);
      boolean afterLetter = i > 0 && Character.isLetter(text.charAt(i - 1));
      if (marks == null || (marks.charAt(0) == '+' && !afterLetter)) {
        out.append(c);
      } else {
        out.append(marks.charAt(0) == '+' ? marks.substring(1) : marks);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  // "+" marks signs that only add marks to the letter before them; the others are letters of their
  // own.
  private static Map<Character, String> vniMarks() {
    String acute = "\u0301";
    String grave = "\u0300";
    String hook = "\u0309";
    String tilde = "\u0303";
    String dot = "\u0323";
    String circ = "\u0302";
    String breve = "\u0306";
    String horn = "\u031B";
    Map<Character, String> m = new java.util.HashMap<>();
    String[] lower = {
      "ù+" + acute,
      "ø+" + grave,
      "û+" + hook,
      "õ+" + tilde,
      "ï+" + dot,
      "â+" + circ,
      "á+" + circ + acute,
      "à+" + circ + grave,
      "å+" + circ + hook,
      "ã+" + circ + tilde,
      "ä+" + circ + dot,
      "ê+" + breve,
      "é+" + breve + acute,
      "è+" + breve + grave,
      "ú+" + breve + hook,
      "ü+" + breve + tilde,
      "ë+" + breve + dot
    };
    for (String entry : lower) {
      m.put(entry.charAt(0), entry.substring(1));
      m.put(Character.toUpperCase(entry.charAt(0)), entry.substring(1));
    }
    String[] letters = {
      "ôo" + horn,
      "öu" + horn,
      "ñđ",
      "íi" + acute,
      "ìi" + grave,
      "æi" + hook,
      "ói" + tilde,
      "òi" + dot,
      "îy" + dot
    };
    for (String entry : letters) {
      m.put(entry.charAt(0), entry.substring(1));
      m.put(
          Character.toUpperCase(entry.charAt(0)),
          entry.substring(1).toUpperCase(java.util.Locale.ROOT));
    }
    return Map.copyOf(m);
  }
}
