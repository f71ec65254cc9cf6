package no.boforum.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * One Chromium per test class ({@code @ExtendWith(BrowserExtension.class)}), handed to each test
 * method that asks for a {@link Browser} and closed after the class. When a test fails, what the
 * browser showed is kept under {@code target/it/browser-failures/}: a screenshot, the address and
 * the page source. After every test, the browser's console must hold no Content-Security-Policy
 * violation.
 */
public final class BrowserExtension
    implements BeforeAllCallback, AfterEachCallback, ParameterResolver, TestWatcher {
  /** Every browser test reads the portal in bokmål unless it switches. */
  static final String LANGUAGE = "nb-NO";

  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    // Stored on the class: JUnit closes it (AutoCloseable) when the class is done.
    context.getStore(NAMESPACE).put(Browser.class, Browser.start(LANGUAGE));
  }

  /** Every page a test went through worked under the Content-Security-Policy. */
  @Override
  public void afterEach(ExtensionContext context) {
    Browser browser = browser(context);
    if (browser != null) {
      browser.assertNoPolicyViolations();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return browser(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser browser = browser(context);
    if (browser == null) {
      return;
    }
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    try {
      Path dir =
          Files.createDirectories(
              Path.of(System.getProperty("boforum.it.workDir", "target/it"), "browser-failures"));
      String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
      byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(safe + ".png"), png);
      Files.writeString(
          dir.resolve(safe + ".html"),
          "<!-- " + browser.driver().getCurrentUrl() + " -->\n" + browser.driver().getPageSource(),
          StandardCharsets.UTF_8);
      System.err.println("[boforum-it] " + name + " failed; the browser's page is in " + dir);
    } catch (IOException | RuntimeException e) {
      // A browser that died with the test has nothing to show; the failure itself is reported.
      System.err.println("[boforum-it] No screenshot of " + name + ": " + e);
    }
  }

  private static Browser browser(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
  }
}
