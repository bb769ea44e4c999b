package uk.police.saferportal.portal.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages (Debian's chromium and chromium-driver). Where it
 * is missing the browser tests are skipped with a message, unless {@code
 * saferportal.browser.required=true} (CI), where they fail.
 */
public final class Browser {
  private static final File CHROMIUM =
      new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  private static final File DRIVER =
      new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  private Browser() {}

  public static ChromeDriver start() {
    boolean available = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (!available) {
      String message =
          "Browser tests need Chromium and chromedriver at "
              + CHROMIUM
              + " and "
              + DRIVER
              + " (Debian: apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("saferportal.browser.required")) {
        throw new IllegalStateException(message);
      }
      Assumptions.abort(message + "; skipping.");
    }
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,1000",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER)
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException("could not prepare a Chromium profile", e);
    }
  }
}
