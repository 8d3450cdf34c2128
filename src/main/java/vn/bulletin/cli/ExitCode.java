package vn.bulletin.cli;

/** Fixed exit codes, so scripts and timers can rely on them. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int CONTENT_ERROR = 1;
  public static final int USAGE_ERROR = 2;
  public static final int INTERNAL_ERROR = 3;

  /** The site could not be written (disk full, no permission); the previous site is unchanged. */
  public static final int WRITE_ERROR = 4;

  private ExitCode() {}
}
