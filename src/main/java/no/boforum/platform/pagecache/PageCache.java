package no.boforum.platform.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.boforum.platform.outbox.ContentChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages kept for anonymous visitors, and what makes them stale (decision 0035).
 *
 * <p>A page that shows one item of a kind in {@link #ITEM_KINDS} says so ({@link #itemPage}); a
 * change of that item (its kind's {@link ContentChanged}, and the search index taking it in) drops
 * that page and every page of many items (lists, search, home), and leaves the pages of other
 * items: those show another item's title at most, for at most {@code boforum.page-cache.seconds}. A
 * change of any other kind, and any other request that wrote to the database ({@link
 * PageCacheFilter}, {@link WriteListener}), drops every page, as does the search index taking in
 * changes ({@link #indexed}) for the pages of many items. What this instance drops, the other
 * instances of a cluster drop too within about a second ({@link PageChanges}, decision 0044). A
 * page of many items is kept at most {@link #COLLECTION_SECONDS}; that bounds what a change that
 * passed through no instance's cache leaves stale.
 *
 * <p>A render that began before a change that concerns it is not kept: each change takes a number
 * from one sequence, and a page is kept only if nothing that concerns it changed since its render
 * began ({@link #ticket}).
 */
@ApplicationScoped
public class PageCache {
  /** Kinds whose items' pages are dropped by their own changes only (and by everything's). */
  public static final Set<String> ITEM_KINDS = Set.of("practice");

  /** The longest a page of many items is kept. */
  static final long COLLECTION_SECONDS = 60;

  static final String TAG = PageCache.class.getName() + ".tag";

  @Inject
  @ConfigProperty(name = "boforum.page-cache.seconds")
  long seconds;

  @Inject
  @ConfigProperty(name = "boforum.page-cache.megabytes")
  long megabytes;

  @Inject PageChanges changes;

  private final AtomicLong sequence = new AtomicLong();

  /** Static: EclipseLink's listener ({@link WriteListener}) is no bean. */
  private static final ThreadLocal<Write> WRITE = new ThreadLocal<>();

  private final ThreadLocal<Render> render = new ThreadLocal<>();
  private long allChangedAt;
  private long collectionsChangedAt;
  private Cache<String, CachedPage> pages;
  private Cache<String, Long> itemsChangedAt;

  /** What a request that may write changed, as its announcements tell. */
  static final class Write {
    private boolean wrote;
    private boolean items;
    private boolean other;
    private boolean nothing;

    /**
     * Whether the request may have changed a page that no announcement dropped: a change that may
     * show anywhere, or a write to the database that no announcement named and that was not said to
     * change no page.
     */
    boolean mayHaveChangedMore() {
      return other || (wrote && !items && !nothing);
    }
  }

  /** The request being served wrote to the database ({@link WriteListener}). */
  static void wrote() {
    Write w = WRITE.get();
    if (w != null) {
      w.wrote = true;
    }
  }

  /** A page being rendered for a visitor whose page may be kept. */
  static final class Render {
    private boolean incomplete;
    private final List<Runnable> everyAnswer = new ArrayList<>();

    boolean isIncomplete() {
      return incomplete;
    }

    List<Runnable> everyAnswer() {
      return List.copyOf(everyAnswer);
    }
  }

  @PostConstruct
  void start() {
    if (!isOn()) {
      return;
    }
    Duration item = Duration.ofSeconds(seconds);
    Duration collection = Duration.ofSeconds(Math.min(seconds, COLLECTION_SECONDS));
    pages =
        Caffeine.newBuilder()
            .maximumWeight(megabytes * 1024 * 1024)
            .weigher((String key, CachedPage page) -> page.weight())
            .expireAfter(
                Expiry.creating((String key, CachedPage p) -> p.tag() == null ? collection : item))
            .build();
    // A render older than a page's lifetime is never kept, so older changes need not be known.
    itemsChangedAt = Caffeine.newBuilder().expireAfterWrite(item.multipliedBy(2)).build();
  }

  /** Whether pages are kept at all ({@code boforum.page-cache.seconds} above 0). */
  public boolean isOn() {
    return seconds > 0 && megabytes > 0;
  }

  /**
   * Says that the page being rendered shows one item of {@code kind}, one of {@link #ITEM_KINDS}:
   * only that item's change (or everything's) makes it stale, not another item's.
   */
  public static void itemPage(HttpServletRequest request, String kind, String key) {
    if (!ITEM_KINDS.contains(kind)) {
      throw new IllegalArgumentException("Not a kind of item pages: " + kind);
    }
    request.setAttribute(TAG, tag(kind, key));
  }

  /**
   * Says that the request being served writes nothing any page shows (a login, a logout), so that
   * it does not drop the pages kept.
   */
  public void changesNoPage() {
    Write w = WRITE.get();
    if (w != null) {
      w.nothing = true;
    }
  }

  /**
   * Says that a change may show on any page, whatever else the request announced (an organisation
   * renamed: its name shows on other organisations' practices). In a request, every page is dropped
   * when it ends; elsewhere (a job), at once.
   */
  public void everythingMayHaveChanged() {
    Write w = WRITE.get();
    if (w != null) {
      w.other = true;
    } else {
      allChanged();
    }
  }

  /**
   * Says that the page being rendered lacks something a failure kept out (the search index did not
   * answer): it is served, and not kept, so the next visitor gets the whole page once the failure
   * is over.
   */
  public void incomplete() {
    Render r = render.get();
    if (r != null) {
      r.incomplete = true;
    }
  }

  /**
   * Runs {@code action} now, and again for each later answer of the page being rendered from the
   * cache (a count of searches). A failure of the action is the action's to handle.
   */
  public void onEveryAnswer(Runnable action) {
    action.run();
    Render r = render.get();
    if (r != null) {
      r.everyAnswer.add(action);
    }
  }

  /**
   * The search index took in changes of {@code keys} of {@code kind}: lists and search results may
   * be stale, and so may those items' own pages (similar items come from the index).
   */
  public void indexed(String kind, Collection<String> keys) {
    if (ITEM_KINDS.contains(kind)) {
      dropItems(kind, keys);
      changes.publish(kind, keys);
    } else {
      dropCollections(kind);
      changes.publish(kind, List.of());
    }
  }

  /** Drops every page, here and on the other instances. */
  public void allChanged() {
    dropAll();
    changes.publish(null, List.of());
  }

  /** Drops every page kept here. */
  synchronized void dropAll() {
    if (pages != null) {
      allChangedAt = sequence.incrementAndGet();
      pages.invalidateAll();
    }
  }

  /** Drops the pages of many items kept here (a kind's change that no item page shows). */
  synchronized void dropCollections(String kind) {
    if (pages != null) {
      collectionsChangedAt = sequence.incrementAndGet();
      pages.asMap().values().removeIf(p -> p.tag() == null);
    }
  }

  /** After a commit that announced a change: drops what it makes stale. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    Write w = WRITE.get();
    if (ITEM_KINDS.contains(change.kind())) {
      dropItems(change.kind(), change.keys());
      changes.publish(change.kind(), change.keys());
      if (w != null) {
        w.items = true;
      }
    } else {
      allChanged();
      if (w != null) {
        w.other = true;
      }
    }
  }

  /** Drops the items' pages kept here, and the pages of many items. */
  synchronized void dropItems(String kind, Collection<String> keys) {
    if (pages == null) {
      return;
    }
    long at = sequence.incrementAndGet();
    collectionsChangedAt = at;
    Set<String> tags = new HashSet<>();
    for (String key : keys) {
      String tag = tag(kind, key);
      tags.add(tag);
      itemsChangedAt.put(tag, at);
    }
    pages.asMap().values().removeIf(p -> p.tag() == null || tags.contains(p.tag()));
  }

  /** The sequence's number before a render begins: {@link #keep} compares changes with it. */
  long ticket() {
    return sequence.get();
  }

  Optional<CachedPage> find(String key) {
    return pages == null ? Optional.empty() : Optional.ofNullable(pages.getIfPresent(key));
  }

  /** Keeps {@code page} unless something it shows changed since {@code ticket}. */
  synchronized void keep(String key, long ticket, CachedPage page) {
    if (pages == null || ticket < allChangedAt) {
      return;
    }
    if (page.tag() == null) {
      if (ticket < collectionsChangedAt) {
        return;
      }
    } else {
      // Null when the item did not change in the last two lifetimes of a page.
      Long changedAt = itemsChangedAt.getIfPresent(page.tag());
      if (changedAt != null && ticket < changedAt) {
        return;
      }
    }
    pages.put(key, page);
  }

  /** Begins the render of a page that may be kept; {@link #endRender} after it, in any case. */
  Render beginRender() {
    Render r = new Render();
    render.set(r);
    return r;
  }

  void endRender() {
    render.remove();
  }

  /** Begins a request that may write; {@link #endWrite} drops what it may have changed. */
  Write beginWrite() {
    Write w = new Write();
    WRITE.set(w);
    return w;
  }

  /**
   * Ends a request that may write: if it wrote to the database, every page is dropped, unless every
   * change it made was announced (and dropped already) or it said it writes no page. Called once,
   * before the answer reaches the client.
   */
  void endWrite(Write w) {
    WRITE.remove();
    if (w.mayHaveChangedMore()) {
      allChanged();
    }
  }

  static String tag(String kind, String key) {
    return kind + ":" + key;
  }

  static String tagOf(HttpServletRequest request) {
    Object tag = request.getAttribute(TAG);
    return tag instanceof String s ? s : null;
  }
}
