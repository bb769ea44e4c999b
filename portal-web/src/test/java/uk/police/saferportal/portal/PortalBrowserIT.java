package uk.police.saferportal.portal;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import uk.police.saferportal.portal.advice.AdviceBrowserTests;
import uk.police.saferportal.portal.audit.AuditBrowserTests;
import uk.police.saferportal.portal.campaign.CampaignBrowserTests;
import uk.police.saferportal.portal.content.EditorialBrowserTests;
import uk.police.saferportal.portal.media.MediaBrowserTests;
import uk.police.saferportal.portal.platform.CacheBrowserTests;
import uk.police.saferportal.portal.platform.FaultToleranceBrowserTests;
import uk.police.saferportal.portal.platform.HostileInputBrowserTests;
import uk.police.saferportal.portal.platform.PublicSiteBrowserTests;
import uk.police.saferportal.portal.platform.RequestIdBrowserTests;
import uk.police.saferportal.portal.search.SearchBrowserTests;
import uk.police.saferportal.portal.staff.SignInBrowserTests;
import uk.police.saferportal.portal.support.Browser;
import uk.police.saferportal.portal.support.SwitchableApiProxy;
import uk.police.saferportal.portal.token.TokenBrowserTests;
import uk.police.saferportal.portal.wdbc.WdbcBrowserTests;
import uk.police.saferportal.portal.webhook.WebhookBrowserTests;

/**
 * Residents and staff in a real browser (headless Chromium) against the real portal and the real
 * content API on one Payara Micro, with a real MariaDB seeded in demo mode. The tests live in one
 * interface per feature, beside that feature's package; this class only gives them their one
 * deployment, the browser and the API proxy. A new feature's tests are one more interface here.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT
    implements AdviceBrowserTests,
        AuditBrowserTests,
        CampaignBrowserTests,
        CacheBrowserTests,
        EditorialBrowserTests,
        FaultToleranceBrowserTests,
        HostileInputBrowserTests,
        MediaBrowserTests,
        PublicSiteBrowserTests,
        RequestIdBrowserTests,
        SearchBrowserTests,
        SignInBrowserTests,
        TokenBrowserTests,
        WdbcBrowserTests,
        WebhookBrowserTests {
  private static WebDriver sharedDriver;
  private static SwitchableApiProxy sharedProxy;

  private final String base = "http://localhost:" + System.getProperty("it.portal.port", "8080");
  private WebDriver browser;

  /** The portal WAR the build produced; the content API is deployed beside it at /api. */
  @Deployment(testable = false)
  static WebArchive portal() {
    return ShrinkWrap.create(ZipImporter.class, "portal.war")
        .importFrom(new File(System.getProperty("it.war", "target/portal-web.war")))
        .as(WebArchive.class);
  }

  /** On failure, keeps a screenshot and the page source in target/browser-evidence. */
  @RegisterExtension
  final TestWatcher evidence =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser == null) {
            return;
          }
          try {
            Path dir = Path.of("target", "browser-evidence");
            Files.createDirectories(dir);
            String name = context.getRequiredTestMethod().getName();
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(
                dir.resolve(name + ".html"),
                browser.getCurrentUrl() + "\n" + browser.getPageSource());
          } catch (Exception e) {
            // evidence is best effort
          }
        }
      };

  @BeforeEach
  void openBrowser() {
    if (sharedDriver == null) {
      sharedDriver = Browser.start();
    }
    browser = sharedDriver;
    browser.manage().deleteAllCookies();
  }

  /** The portal reaches the API through this proxy, so a test can take the API away. */
  @BeforeAll
  static void startApiProxy() throws Exception {
    int proxyPort = Integer.parseInt(System.getProperty("it.api.proxy.port", "8089"));
    int portalPort = Integer.parseInt(System.getProperty("it.portal.port", "8080"));
    sharedProxy =
        new SwitchableApiProxy(proxyPort, URI.create("http://localhost:" + portalPort + "/"));
    // as a load balancer would: residents come once the portal is ready (it reaches the API)
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        if (http.send(
                    java.net.http.HttpRequest.newBuilder(
                            URI.create("http://localhost:" + portalPort + "/health/ready"))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stopApiProxy() {
    if (sharedProxy != null) {
      sharedProxy.close();
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (sharedDriver != null) {
      sharedDriver.quit();
      sharedDriver = null;
    }
  }

  @Override
  public WebDriver browser() {
    return browser;
  }

  @Override
  public String base() {
    return base;
  }

  @Override
  public SwitchableApiProxy apiProxy() {
    return sharedProxy;
  }
}
