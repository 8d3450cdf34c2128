package vn.bulletin.markdown;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bounds, before Flexmark sees a body, the constructs whose parsing grows faster than the text:
 * long backtick runs, emphasis marks and brackets piled up in one paragraph, block quotes nested
 * hundreds deep, long runs of link definitions (the shapes of cmark's pathological tests). Past a
 * limit the marks are escaped, so they show as typed; below every limit, which ordinary text never
 * reaches, the body is returned as it was. A body denser in marks than any item is refused: even at
 * Flexmark's linear cost it would take seconds. Limits and their cost: bench/markdown.
 */
final class MarkdownGuard {
  /** What was bounded, and the 0-based body line where it first was. */
  record Bound(Kind kind, int lineIndex) {}

  /**
   * The body as Flexmark should parse it, what was bounded in it, and the 0-based body lines before
   * which a blank line was inserted. A body with a {@link Kind#MARKS} bound is not to be parsed.
   */
  record Guarded(String body, List<Bound> bounds, List<Integer> insertedBefore) {
    boolean refused() {
      return bounds.stream().anyMatch(b -> b.kind() == Kind.MARKS);
    }
  }

  enum Kind {
    TICKS("a run of more than %d backticks, asterisks, underscores or tildes"),
    EMPHASIS("more than %d runs of *, _ or ~ in one paragraph"),
    BRACKETS("more than %d of [, ] and < in one paragraph"),
    QUOTES("block quotes nested more than %d deep"),
    LISTS("a list item indented more than %d columns"),
    DEFINITIONS("more than %d link definitions in a row"),
    MARKS("more than %,d Markdown marks in one file");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String describe(Limits limits) {
      return String.format(Locale.ROOT, description, limits.of(this));
    }
  }

  /** How many of each construct one paragraph (one file, for marks) may hold. */
  record Limits(
      int ticks,
      int emphasis,
      int brackets,
      int quoteDepth,
      int listIndent,
      int definitions,
      int marks) {
    static final Limits DEFAULT = new Limits(16, 200, 200, 32, 64, 100, 100_000);

    int of(Kind kind) {
      return switch (kind) {
        case TICKS -> ticks;
        case EMPHASIS -> emphasis;
        case BRACKETS -> brackets;
        case QUOTES -> quoteDepth;
        case LISTS -> listIndent;
        case DEFINITIONS -> definitions;
        case MARKS -> marks;
      };
    }
  }

  private static final Pattern THEMATIC_BREAK =
      Pattern.compile(" {0,3}([*_-])[ \\t]*(\\1[ \\t]*){2,}");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
  private static final Pattern BLOCK_START =
      Pattern.compile(" {0,3}(#{1,6}|[-+*]|\\d{1,9}[.)])(\\s.*)?");
  private static final Pattern TABLE_RULE =
      Pattern.compile(" {0,3}\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
  private static final Pattern LIST_MARKER =
      Pattern.compile("[ \\t]*([-+*]|\\d{1,9}[.)])([ \\t].*)?");
  // A definition costs Flexmark about as much as fifty marks of inline text.
  private static final int DEFINITION_MARKS = 50;
  private static final Pattern DEFINITION =
      Pattern.compile("\\[[^\\[\\]\\\\]{1,999}\\]:[ \\t]*\\S+[ \\t]*\r?");

  private final Limits limits;

  MarkdownGuard(Limits limits) {
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  Guarded guard(String body) {
    return new Pass(body).run();
  }

  /** One walk over one body, line by line. */
  private final class Pass {
    private final String body;
    private final StringBuilder out;
    private final Map<Kind, Integer> first = new EnumMap<>(Kind.class);
    private final List<Integer> insertedBefore = new ArrayList<>();
    private int emphasis;
    private int brackets;
    private int definitions;
    private int marks;
    private boolean onlyDefinitions = true;
    private String fence = "";
    private boolean inTable;
    private String previous = "";
    private int lineIndex;
    private int lastAngle;

    Pass(String body) {
      this.body = body;
      this.out = new StringBuilder(body.length() + 16);
    }

    Guarded run() {
      int start = 0;
      boolean changed = false;
      while (start <= body.length() && !first.containsKey(Kind.MARKS)) {
        int end = body.indexOf('\n', start);
        String line = body.substring(start, end < 0 ? body.length() : end);
        int before = out.length();
        line(line);
        changed |= out.length() - before != line.length();
        if (end < 0) {
          break;
        }
        out.append('\n');
        start = end + 1;
        lineIndex++;
      }
      List<Bound> bounds = new ArrayList<>();
      first.forEach((kind, index) -> bounds.add(new Bound(kind, index)));
      return new Guarded(
          changed ? out.toString() : body, List.copyOf(bounds), List.copyOf(insertedBefore));
    }

    private void line(String line) {
      if (!fence.isEmpty()) {
        closesFence(line);
        out.append(line);
      } else if (line.isBlank()) {
        paragraphEnds();
        onlyDefinitions = true;
        inTable = false;
        out.append(line);
      } else if (FENCE.matcher(line).matches()) {
        paragraphEnds();
        onlyDefinitions = false;
        String marks = line.strip();
        fence = marks.substring(0, marks.length() - marks.replaceFirst("^[`~]+", "").length());
        out.append(line);
      } else {
        newBlock(line);
        previous = line;
        if (definition(line) || THEMATIC_BREAK.matcher(line).matches()) {
          out.append(line);
        } else {
          inline(line, listMarker(line, quotePrefix(line)));
        }
      }
    }

    private void closesFence(String line) {
      String stripped = line.strip();
      if (line.length() - line.stripLeading().length() <= 3
          && stripped.startsWith(fence)
          && stripped.chars().allMatch(c -> c == fence.charAt(0))) {
        fence = "";
      }
    }

    private void paragraphEnds() {
      emphasis = 0;
      brackets = 0;
      definitions = 0;
    }

    // Headings, list items and table rows are paragraphs of their own: their marks do not add up.
    private void newBlock(String line) {
      if (!inTable
          && previous.contains("|")
          && line.contains("-")
          && TABLE_RULE.matcher(line).matches()) {
        inTable = true;
      } else if (inTable && !line.contains("|")) {
        inTable = false;
      }
      if (inTable || BLOCK_START.matcher(line).matches()) {
        emphasis = 0;
        brackets = 0;
      }
    }

    // Flexmark reads a run of definitions as one paragraph and copies what is left of it after each
    // one; a blank line after each hundred breaks the run without changing what they define.
    private boolean definition(String line) {
      if (!onlyDefinitions || !DEFINITION.matcher(line).matches()) {
        onlyDefinitions = false;
        return false;
      }
      counted(DEFINITION_MARKS);
      if (++definitions > limits.definitions()) {
        note(Kind.DEFINITIONS);
        out.append('\n');
        insertedBefore.add(lineIndex);
        definitions = 1;
      }
      return true;
    }

    // The '>' of block quotes past the limit becomes text.
    private int quotePrefix(String line) {
      int depth = 0;
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '>') {
          if (++depth > limits.quoteDepth()) {
            note(Kind.QUOTES);
            out.append('\\');
            return i;
          }
        } else if (c != ' ' && c != '\t') {
          return i;
        }
        out.append(c);
        i++;
      }
      return i;
    }

    // Each list level indents its items by two columns or more; an item past the limit becomes
    // text.
    private int listMarker(String line, int from) {
      int indent = 0;
      for (int i = from - 1; i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i--) {
        indent += line.charAt(i) == '\t' ? 4 : 1;
      }
      int i = from;
      if (indent <= limits.listIndent()
          || !LIST_MARKER.matcher(line).region(from, line.length()).matches()) {
        return from;
      }
      note(Kind.LISTS);
      // Deeper than the limit the line continues the deepest item's paragraph, which drops the
      // indent: it is cut to just past that item, as Flexmark measures it once per open list.
      int kept = Math.min(indent, limits.listIndent() + 2);
      out.setLength(out.length() - (from - whitespaceStart(line, from)));
      out.append(" ".repeat(kept));
      int marker = i;
      while (Character.isDigit(line.charAt(marker))) {
        marker++;
      }
      out.append(line, from, marker).append('\\').append(line.charAt(marker));
      return marker + 1;
    }

    private int whitespaceStart(String line, int from) {
      int start = from;
      while (start > 0 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '\t')) {
        start--;
      }
      return start;
    }

    private void inline(String line, int from) {
      lastAngle = line.lastIndexOf('>');
      int i = from;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length() && isPunctuation(line.charAt(i + 1))) {
          out.append(c).append(line.charAt(i + 1));
          counted(1);
          i += 2;
        } else if (c == '`' || c == '*' || c == '_' || c == '~') {
          i = run(line, i, c);
        } else if (c == '[' || c == ']' || c == '<') {
          boolean escape = ++brackets > limits.brackets() && note(Kind.BRACKETS);
          out.append(escape ? "\\" : "").append(c);
          counted(escape ? 2 : 1);
          i++;
          if (c == ']' && !escape && unclosedAddress(line, i)) {
            out.append("\\(");
            i++;
          }
        } else {
          counted(c == '&' ? 1 : 0);
          out.append(c);
          i++;
        }
      }
    }

    // "](<" with no ">" after it on its line is no link, and Flexmark's pattern for it recurses
    // once
    // for each character up to the line's end: escaping the "(" gives the same text.
    private boolean unclosedAddress(String line, int i) {
      return line.startsWith("(<", i) && lastAngle < i;
    }

    private int run(String line, int start, char mark) {
      int end = start;
      while (end < line.length() && line.charAt(end) == mark) {
        end++;
      }
      boolean escape;
      if (end - start > limits.ticks()) {
        escape = note(Kind.TICKS);
      } else {
        escape = mark != '`' && ++emphasis > limits.emphasis() && note(Kind.EMPHASIS);
      }
      // A backslash before a backtick is text inside code, where the backtick would then close it:
      // backticks become entities, which neither open nor close code.
      for (int i = start; i < end; i++) {
        out.append(!escape ? String.valueOf(mark) : mark == '`' ? "&#96;" : "\\" + mark);
      }
      counted(escape ? 1 + end - start : 1);
      return end;
    }

    // Every mark costs Flexmark a node or a match, and an escape one more.
    private void counted(int n) {
      marks += n;
      if (marks > limits.marks()) {
        note(Kind.MARKS);
      }
    }

    private boolean note(Kind kind) {
      first.putIfAbsent(kind, lineIndex);
      return true;
    }
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
