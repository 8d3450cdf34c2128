package vn.bulletin.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian ({@code chromium}, {@code chromium-driver}), driven by Selenium
 * with the driver's path given, so nothing is downloaded. Skips, or fails where required, without
 * them.
 */
public final class Chromium implements AutoCloseable {
  public static final Path BROWSER =
      Path.of(System.getProperty("bulletin.chromium", "/usr/bin/chromium"));
  public static final Path DRIVER =
      Path.of(System.getProperty("bulletin.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A browser with a window of this size, or the test is skipped (or failed, where required). */
  public static Chromium launch(int width, int height) {
    Services.require(
        Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "Chromium and ChromeDriver (Debian packages chromium, chromium-driver)");
    try {
      Path profile = Files.createTempDirectory("bulletin-chromium");
      ChromeOptions options = new ChromeOptions();
      // Reduced motion: smooth scrolling would race Selenium's clicks.
      options.setBinary(BROWSER.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-extensions",
          "--force-prefers-reduced-motion",
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(DRIVER.toString()))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver
          .manage()
          .timeouts()
          .pageLoadTimeout(Duration.ofSeconds(30))
          .scriptTimeout(Duration.ofSeconds(30));
      return new Chromium(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Chromium launch() {
    return launch(1280, 900);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The console messages at SEVERE level since the last call (errors and failed loads). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
    FileTrees.delete(profile);
  }
}
