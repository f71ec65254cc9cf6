package no.boforum.platform.outbox;

import java.util.List;

/**
 * A feature's announcement that items of one kind changed, fired as a CDI event in the changing
 * transaction ({@code Event<ContentChanged>}). The outbox records it in that transaction, so the
 * search index (and later other consumers: notifications, a change feed) can always catch up.
 *
 * @param kind the kind's name, as its searchable kind names itself ({@code practice})
 * @param keys the changed items' keys ({@code slug}s)
 */
public record ContentChanged(String kind, List<String> keys) {
  public ContentChanged {
    keys = List.copyOf(keys);
  }

  public static ContentChanged of(String kind, String key) {
    return new ContentChanged(kind, List.of(key));
  }
}
