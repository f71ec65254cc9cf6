package no.boforum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Organisations.Organisation;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A sample of the hostile-input suite ({@code it.HostileInputIT}) in Chromium: before any page
 * script runs, {@code alert}, {@code confirm}, {@code prompt} and {@code print} are replaced by a
 * hook that counts calls, so a payload that ran would be counted even where the HTML check missed
 * it. Stored payloads in a published practice, and reflected ones in search and the login's return
 * address.
 */
@ExtendWith(BrowserExtension.class)
class HostileInBrowserIT {
  private static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<a href=\"javascript:alert(1)\">klikk</a>",
          "[klikk](javascript:alert(1))",
          "<details open ontoggle=alert(1)>",
          "' onfocus='alert(1)' autofocus='");

  private static final String HOOK =
      "window.__hostileCalls = 0;"
          + "['alert','confirm','prompt','print'].forEach(function (name) {"
          + "  Object.defineProperty(window, name, { value: function () {"
          + "    window.__hostileCalls++; }, writable: false, configurable: false });"
          + "});";

  private static long calls(Browser browser) {
    Object n =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return window.__hostileCalls === undefined ? -1 : window.__hostileCalls;");
    return ((Number) n).longValue();
  }

  private static void hook(Browser browser) {
    ((HasCdp) browser.driver())
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
  }

  @Test
  void storedAndReflectedPayloadsNeverRun(Browser browser) {
    Organisation org = Organisations.verified("Nettlesar Kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("hostile-browser", "Nettlesar Redaktør", org.slug(), "editor", null),
            Accounts.PASSWORD);
    String all = String.join(" ", PAYLOADS);
    String slug =
        PracticeBuilder.practice(org.slug(), "Fiendtleg praksis " + PAYLOADS.get(1))
            .with("summary", all)
            .with("body", String.join("\n\n", PAYLOADS))
            .with("outcomes", all)
            .published(editor);
    hook(browser);
    browser.open("");
    ((JavascriptExecutor) browser.driver()).executeScript("alert('probe')");
    assertEquals(1, calls(browser), "the hook counts a call (and no dialog opens)");
    browser.open("practices/" + slug);
    assertEquals(0, calls(browser), "a stored payload ran on the practice page");
    for (String payload : PAYLOADS) {
      String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
      browser.open("search?q=" + q);
      assertEquals(0, calls(browser), "a reflected payload ran on search: " + payload);
      browser.open("login?next=" + q);
      assertEquals(0, calls(browser), "a reflected payload ran on login: " + payload);
    }
  }
}
