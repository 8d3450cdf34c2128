package vn.bulletin.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a browser, a database or Node skip with a clear reason where it is missing, and
 * fail instead when {@code -Dbulletin.require-services=true} says it must be there (as in CI).
 */
public final class Services {
  public static final String REQUIRED_PROPERTY = "bulletin.require-services";

  private Services() {}

  public static void require(boolean available, String what) {
    if (available) {
      return;
    }
    if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
      fail(what + " is required (-D" + REQUIRED_PROPERTY + "=true) but not available");
    }
    Assumptions.abort(what + " is not available; skipped (install it, or see .ci/run)");
  }
}
