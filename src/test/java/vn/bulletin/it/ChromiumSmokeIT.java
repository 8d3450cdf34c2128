package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.Chromium;
import vn.bulletin.testing.StaticServer;

/**
 * The browser harness itself works: a page served on loopback loads, and console errors are seen.
 */
class ChromiumSmokeIT {
  @TempDir Path dir;

  @Test
  void loadsAPageAndSeesConsoleErrors() throws Exception {
    Files.writeString(
        dir.resolve("index.html"),
        "<!DOCTYPE html><title>Thử</title><p>Xin chào</p>" + "<script src=\"loi.js\"></script>");
    Files.writeString(dir.resolve("loi.js"), "throw new Error('lỗi thử');");
    try (StaticServer server = StaticServer.serve(dir);
        Chromium chromium = Chromium.launch()) {
      chromium.driver().get(server.uri().toString());

      assertThat(chromium.driver().getTitle()).isEqualTo("Thử");
      assertThat(chromium.consoleErrors()).anySatisfy(m -> assertThat(m).contains("lỗi thử"));
    }
  }
}
