package vn.bulletin.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of the files that editors, version control and file managers make beside the real ones
 * while saving, and hidden files and backups: the loader lists none of them, and the preview starts
 * no build for their changes (the rename onto the real file that follows does).
 */
public final class ScratchFiles {
  private static final List<String> SUFFIXES =
      List.of(
          "~",
          ".swp",
          ".swo",
          ".swx",
          ".swpx",
          ".kate-swp",
          ".tmp",
          "___jb_tmp___",
          "___jb_old___");
  private static final List<String> PREFIXES = List.of(".", "#", "~$");
  // vim writes 4913 to test whether it may create files in a folder, then deletes it.
  private static final List<String> NAMES = List.of("4913", "thumbs.db", "desktop.ini");
  // sed -i writes the new text to sedXXXXXX beside the file, then renames it onto the file.
  private static final Pattern SED = Pattern.compile("sed[A-Za-z0-9]{6}");

  private ScratchFiles() {}

  /**
   * Whether a file or folder name is scratch ({@code .index.md.swp}, {@code .#index.md}, {@code
   * index.md~}).
   */
  public static boolean matches(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return NAMES.contains(lower)
        || PREFIXES.stream().anyMatch(lower::startsWith)
        || SUFFIXES.stream().anyMatch(lower::endsWith)
        || SED.matcher(name).matches();
  }
}
