package no.boforum.platform.pagecache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageCacheFilterTest {
  @Test
  void ifNoneMatchComparesWeakly() {
    assertTrue(PageCacheFilter.matches("W/\"abc\"", "W/\"abc\""));
    assertTrue(PageCacheFilter.matches("\"x\", \"abc\"", "W/\"abc\""));
    assertTrue(PageCacheFilter.matches("*", "W/\"abc\""));
    assertFalse(PageCacheFilter.matches("W/\"abd\"", "W/\"abc\""));
    assertFalse(PageCacheFilter.matches(null, "W/\"abc\""));
  }

  @Test
  void onlyThePublicPagesAddressesMayBeKept() {
    for (String kept :
        List.of(
            "/",
            "/practices",
            "/practices/bo-forst",
            "/search",
            "/organisations/oslo",
            "/events/dag-1",
            "/discussions/12-tema")) {
      assertTrue(PageCacheFilter.PAGES.matcher(kept).matches(), kept);
    }
    for (String not :
        List.of(
            "/practices/bo/edit",
            "/practices/bo/history",
            "/my/events",
            "/admin/users",
            "/api/practices",
            "/login",
            "/events/dag-1/participants",
            "/feeds/practices",
            "/events/new",
            "/events/cancel",
            "/practices/bo?x")) {
      assertFalse(PageCacheFilter.PAGES.matcher(not).matches(), not);
    }
  }
}
