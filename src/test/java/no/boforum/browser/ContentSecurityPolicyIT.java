package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.browser.pages.AccountPages;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The strict Content-Security-Policy (issue 18, decision 0028): every page has one, with a nonce of
 * its own and no inline scripts allowed; the browser really blocks what a stored payload would
 * inject; and the check that every browser test runs afterwards ({@link
 * Browser#assertNoPolicyViolations}) sees a violation when there is one.
 */
@ExtendWith(BrowserExtension.class)
class ContentSecurityPolicyIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @Test
  void everyPageHasAStrictPolicyWithANonceOfItsOwn() throws Exception {
    String first = null;
    for (String path : List.of("/", "/login", "/search?q=bolig", "/practices", "/finnes-ikke")) {
      RawHttp.Answer page = RawHttp.send("GET", path, Map.of("Accept-Language", "en"), null);
      String policy = page.header("Content-Security-Policy");
      assertFalse(policy.isEmpty(), path + " has no policy: " + page.headers());
      String scripts = directive(policy, "script-src");
      assertTrue(scripts.contains("'self'"), policy);
      assertFalse(scripts.contains("unsafe-inline"), policy);
      assertFalse(scripts.contains("unsafe-eval"), policy);
      assertTrue(directive(policy, "object-src").contains("'none'"), policy);
      Matcher nonce = NONCE.matcher(scripts);
      assertTrue(nonce.find(), policy);
      assertTrue(
          page.body().contains("nonce=\"" + nonce.group(1) + "\""), path + ": scripts carry it");
      if (first != null) {
        assertNotEquals(first, nonce.group(1), "a nonce is never used twice");
      }
      first = nonce.group(1);
    }
  }

  @Test
  void readingAPageOpensNoSessionUnderIt() throws Exception {
    // PrimeFaces keeps a page's nonce in its view; for a page that is read, not posted, that must
    // not open a session (TransientUntilBuilt).
    for (String path : List.of("/", "/search?q=bolig", "/practices", "/events", "/discussions")) {
      RawHttp.Answer page = RawHttp.send("GET", path, Map.of("Accept-Language", "en"), null);
      assertEquals(200, page.status(), path);
      assertEquals(null, page.sessionCookie(), path + " opened a session: " + page.headers());
    }
  }

  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      if (part.strip().startsWith(name + " ")) {
        return part.strip();
      }
    }
    return "";
  }

  @Test
  void anInjectedScriptOrHandlerDoesNotRunAndTheCheckSeesIt(Browser browser) {
    browser.open("");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    Object ran =
        js.executeScript(
            "var s = document.createElement('script');"
                + "s.textContent = 'window.cspRan = true';"
                + "document.head.appendChild(s);"
                + "var b = document.createElement('button');"
                + "b.setAttribute('onclick', 'window.cspClicked = true');"
                + "document.body.appendChild(b); b.click();"
                + "return [window.cspRan === true, window.cspClicked === true];");
    assertEquals(List.of(false, false), ran, "neither the script nor the handler ran");
    AssertionError seen = assertThrows(AssertionError.class, browser::assertNoPolicyViolations);
    assertTrue(seen.getMessage().contains("script-src"), seen.getMessage());
  }

  @Test
  void theUploadCheckRunsUnderThePolicy(Browser browser) throws Exception {
    Organisation org = Organisations.verified("Vedlegg Kommune");
    String email = Accounts.person("csp-upload", "Vedlegg Redaktør", org.slug(), "editor", null);
    String slug =
        PracticeBuilder.practice(org.slug(), "Vedlegg under policy")
            .draft(ApiSession.loggedIn(email, Accounts.PASSWORD));
    browser.open("login");
    new AccountPages(browser.driver()).logIn(email, Accounts.PASSWORD);
    browser.open("practices/" + slug);
    Path big =
        Files.createTempFile(Path.of(System.getProperty("boforum.it.workDir")), "stor", ".pdf");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(21L * 1024 * 1024);
    }
    String address = browser.driver().getCurrentUrl();
    browser.driver().findElement(By.id("upload:file")).sendKeys(big.toString());
    browser.driver().findElement(By.id("upload:send")).click();
    WebElement message = browser.driver().findElement(By.id("upload-file-too-large"));
    assertTrue(message.isDisplayed(), "the script said the file is too large before sending it");
    assertFalse(message.getText().isBlank());
    assertEquals(address, browser.driver().getCurrentUrl(), "nothing was sent");
    Files.delete(big);
  }
}
