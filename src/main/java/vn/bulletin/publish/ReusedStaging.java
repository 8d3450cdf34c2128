package vn.bulletin.publish;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The oldest kept release, renamed to {@code <next>.reused.partial} and brought up to date as the
 * next release, so a build touches only the files that differ. Every file of it is the live
 * release's own (the same inode) except at the {@linkplain #stale() stale} paths, where the
 * releases since it changed something; a file is never written in place, only replaced by a rename
 * or a new link, because its inode is shared with the live site. Used by one thread.
 */
final class ReusedStaging {
  private final Path root;
  private final String from;
  private final Set<String> stale;
  private final Set<Path> folders = new HashSet<>();
  private final Set<Path> changedFolders = new HashSet<>();
  private final Set<Path> emptied = new HashSet<>();
  private boolean modified;

  ReusedStaging(Path root, String from, Set<String> stale) {
    this.root = root;
    this.from = from;
    this.stale = Set.copyOf(stale);
  }

  Path root() {
    return root;
  }

  /** The name of the release this folder was. */
  String from() {
    return from;
  }

  /** Whether anything in the folder changed yet: until then it is still the whole old release. */
  boolean isModified() {
    return modified;
  }

  /** The paths at which this folder may differ from the live release. */
  Set<String> stale() {
    return stale;
  }

  /** The folders whose entries changed: to be synced before the release goes live. */
  Set<Path> changedFolders() {
    return Set.copyOf(changedFolders);
  }

  /** Moves a file this build made into place, over the old one; where it now is. */
  Path place(String path, Path made) throws IOException {
    modified = true;
    Path target = makeRoom(path);
    Files.move(made, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Puts a hard link to {@code source} (the live release's file) at {@code path}. */
  void link(String path, Path source) throws IOException {
    modified = true;
    Path target = makeRoom(path);
    Files.deleteIfExists(target);
    Files.createLink(target, source);
  }

  /** Removes the file at {@code path}, if there is one; its folder goes too once empty. */
  void remove(String path) throws IOException {
    modified = true;
    Path target = OutputPaths.resolveInside(root, path);
    if (!Files.isDirectory(target.getParent(), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      if (Files.deleteIfExists(target)) {
        changedFolders.add(target.getParent());
        emptied.add(target.getParent());
      }
    } catch (DirectoryNotEmptyException e) {
      // A folder of files at this path now; those files have paths of their own.
    }
  }

  /** Removes the folders that {@link #remove} left empty, up to the release's root. */
  void removeEmptyFolders() throws IOException {
    for (Path dir : emptied) {
      for (Path folder = dir; !folder.equals(root); folder = folder.getParent()) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          // Gone already (emptied from below), or a file of this release now.
          break;
        }
        try {
          Files.delete(folder);
          changedFolders.remove(folder);
          changedFolders.add(folder.getParent());
        } catch (DirectoryNotEmptyException e) {
          break;
        }
      }
    }
  }

  private Path makeRoom(String path) throws IOException {
    Path target = OutputPaths.resolveInside(root, path);
    folder(target.getParent());
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      // A folder in an older release where this one has a file: nothing of this release is in it.
      SitePublisher.deleteTree(target);
    }
    changedFolders.add(target.getParent());
    return target;
  }

  private void folder(Path dir) throws IOException {
    if (dir.equals(root) || folders.contains(dir)) {
      return;
    }
    Optional<BasicFileAttributes> found = attributes(dir);
    if (found.isPresent() && found.get().isDirectory()) {
      folders.add(dir);
      return;
    }
    folder(dir.getParent());
    if (found.isPresent()) {
      // A file in an older release where this one has a folder: it is not part of this release.
      Files.delete(dir);
    }
    Files.createDirectory(dir);
    changedFolders.add(dir.getParent());
    folders.add(dir);
  }

  private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
    try {
      return Optional.of(
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
