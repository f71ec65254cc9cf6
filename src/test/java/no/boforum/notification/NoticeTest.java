package no.boforum.notification;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A notification leads to a page inside the portal, never elsewhere. */
class NoticeTest {
  @Test
  void aSubjectsPathIsAPageInsideThePortal() {
    for (String ok :
        List.of(
            "discussions/12-husleie#post-3",
            "search?q=bolig&county=46",
            "practices/housing-first",
            "organisations/kari-kommune")) {
      new Notice.Subject("thread", "1", "T", ok);
    }
    for (String wrong :
        List.of(
            "/discussions/1",
            "//evil.example/x",
            "https://evil.example/",
            "javascript:alert(1)",
            "discussions/1\r\nX-Header: y",
            "",
            "x".repeat(501))) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new Notice.Subject("thread", "1", "T", wrong),
          wrong);
    }
  }
}
