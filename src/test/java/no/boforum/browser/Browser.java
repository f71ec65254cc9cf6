package no.boforum.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import no.boforum.testsupport.TestServers;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by its chromedriver; every page a test visits is scanned with
 * axe-core against WCAG 2.1 A and AA, and any violation fails the test.
 */
public final class Browser implements AutoCloseable {
  /** WCAG 2.1 A and AA, plus axe's best practices (headings, landmarks, regions). */
  private static final List<String> RULE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /** A browser test class gets one from {@link BrowserExtension}; this is for a single step. */
  public static Browser start(String acceptLanguage) throws Exception {
    Path profile =
        Files.createTempDirectory(
            Path.of(System.getProperty("boforum.it.workDir")), "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=" + acceptLanguage,
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
    // The console, for the Content-Security-Policy violations the browser reports there.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(TestServers.baseUrl() + path);
  }

  /**
   * Scans the current page; fails with each violated rule and the elements it found. The portal's
   * pages have no frames: axe runs in the page itself (legacy mode), without the blank window the
   * frame-aware mode opens (and closes) for every scan.
   */
  public void assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(RULE_TAGS)
            .disableIframeTesting()
            .setLegacyMode(true)
            .analyze(driver);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      String report =
          violations.stream()
              .map(
                  v ->
                      v.getId()
                          + " ("
                          + v.getImpact()
                          + "): "
                          + v.getHelp()
                          + " at "
                          + v.getNodes().stream()
                              .map(n -> String.valueOf(n.getTarget()))
                              .collect(Collectors.joining(", ")))
              .collect(Collectors.joining("\n  "));
      throw new AssertionError(
          "axe-core found violations (WCAG 2.1 A/AA, best practice) on "
              + driver.getCurrentUrl()
              + ":\n  "
              + report);
    }
  }

  /**
   * Fails with each Content-Security-Policy violation the browser reported in its console since the
   * last call (a blocked inline script or handler, an eval): a page that needs one does not work
   * under the portal's policy. {@link BrowserExtension} calls it after every test.
   */
  public void assertNoPolicyViolations() {
    List<String> violations =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(
                m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
            .toList();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "The browser reported Content-Security-Policy violations on "
              + driver.getCurrentUrl()
              + ":\n  "
              + String.join("\n  ", violations));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
