package no.boforum.platform.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.boforum.platform.outbox.ContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  private PageCache cache;
  private final List<String> published = new ArrayList<>();

  @BeforeEach
  void start() {
    cache = new PageCache();
    cache.changes =
        new PageChanges() {
          @Override
          void publish(String kind, Collection<String> keys) {
            published.add(kind + " " + keys);
          }
        };
    cache.seconds = 300;
    cache.megabytes = 8;
    cache.start();
  }

  @Test
  void aPageOfAnItemThatNeverChangedIsKept() {
    cache.keep("a", cache.ticket(), page("practice:a"));
    cache.keep("list", cache.ticket(), page(null));
    assertTrue(cache.find("a").isPresent());
    assertTrue(cache.find("list").isPresent());
  }

  @Test
  void anItemsChangeDropsItsPageAndTheListsAndLeavesOtherItems() {
    keep("a", "practice:a");
    keep("b", "practice:b");
    keep("list", null);
    cache.changed(ContentChanged.of("practice", "a"));
    assertFalse(cache.find("a").isPresent());
    assertFalse(cache.find("list").isPresent());
    assertTrue(cache.find("b").isPresent());
  }

  @Test
  void anotherKindsChangeDropsEverything() {
    keep("a", "practice:a");
    keep("list", null);
    cache.changed(ContentChanged.of("event", "dag"));
    assertFalse(cache.find("a").isPresent());
    assertFalse(cache.find("list").isPresent());
  }

  @Test
  void theIndexTakingInAnotherKindDropsListsOnly() {
    keep("a", "practice:a");
    keep("list", null);
    cache.indexed("event", List.of("dag"));
    assertTrue(cache.find("a").isPresent());
    assertFalse(cache.find("list").isPresent());
    cache.indexed("practice", List.of("a"));
    assertFalse(cache.find("a").isPresent());
  }

  @Test
  void aRenderThatBeganBeforeAChangeThatConcernsItIsNotKept() {
    long ticket = cache.ticket();
    cache.changed(ContentChanged.of("practice", "a"));
    cache.keep("a", ticket, page("practice:a"));
    cache.keep("list", ticket, page(null));
    cache.keep("b", ticket, page("practice:b"));
    assertFalse(cache.find("a").isPresent(), "its item changed meanwhile");
    assertFalse(cache.find("list").isPresent(), "lists changed meanwhile");
    assertTrue(cache.find("b").isPresent(), "another item's change does not concern it");
  }

  @Test
  void aWriteDropsEverythingUnlessItWroteNothingSaidSoOrAnnouncedAll() {
    keep("a", "practice:a");
    PageCache.Write read = cache.beginWrite();
    cache.endWrite(read);
    assertTrue(cache.find("a").isPresent(), "a request that wrote nothing (a POST of a page)");

    PageCache.Write login = cache.beginWrite();
    PageCache.wrote();
    cache.changesNoPage();
    cache.endWrite(login);
    assertTrue(cache.find("a").isPresent(), "a write of nothing a page shows");

    keep("b", "practice:b");
    PageCache.Write save = cache.beginWrite();
    PageCache.wrote();
    cache.changed(ContentChanged.of("practice", "a"));
    cache.endWrite(save);
    assertTrue(cache.find("b").isPresent(), "a write that announced what it changed");

    PageCache.Write organisation = cache.beginWrite();
    PageCache.wrote();
    cache.changed(ContentChanged.of("practice", "a"));
    cache.everythingMayHaveChanged();
    cache.endWrite(organisation);
    assertFalse(cache.find("b").isPresent(), "a change that may show anywhere");

    keep("c", "practice:c");
    PageCache.Write other = cache.beginWrite();
    PageCache.wrote();
    cache.endWrite(other);
    assertFalse(cache.find("c").isPresent(), "any other write");

    keep("d", "practice:d");
    PageCache.wrote();
    assertTrue(cache.find("d").isPresent(), "a job's write, outside a request, drops nothing");
    cache.everythingMayHaveChanged();
    assertFalse(cache.find("d").isPresent(), "a job's change that may show anywhere drops all");
  }

  private void keep(String key, String tag) {
    cache.keep(key, cache.ticket(), page(tag));
    assertTrue(cache.find(key).isPresent(), key);
  }

  @Test
  void whatThisInstanceDropsIsToldToTheOthers() {
    cache.changed(new ContentChanged("practice", List.of("a")));
    cache.indexed("event", List.of("e1"));
    cache.allChanged();
    assertEquals(List.of("practice [a]", "event []", "null []"), published);
  }

  @Test
  void whatAnotherInstanceDroppedIsDroppedHereAndNotToldAgain() {
    cache.keep("a", cache.ticket(), page("practice:a"));
    cache.keep("b", cache.ticket(), page("practice:b"));
    cache.keep("list", cache.ticket(), page(null));
    PageChanges.apply(List.of(new PageChanges.Change(7, "practice", "a")), cache);
    assertFalse(cache.find("a").isPresent(), "the changed item's page");
    assertFalse(cache.find("list").isPresent(), "a page of many items");
    assertTrue(cache.find("b").isPresent(), "another item's page");

    long renderBegan = cache.ticket();
    PageChanges.apply(
        List.of(new PageChanges.Change(8, "event", null), new PageChanges.Change(9, null, null)),
        cache);
    assertFalse(cache.find("b").isPresent(), "every page, for a row that says every page");
    cache.keep("b", renderBegan, page("practice:b"));
    assertFalse(cache.find("b").isPresent(), "a render that began before the change is not kept");
    assertTrue(published.isEmpty(), published.toString());
  }

  private static CachedPage page(String tag) {
    return CachedPage.of(
        "<p>x</p>".getBytes(StandardCharsets.UTF_8), null, List.of(), tag, List.of());
  }
}
