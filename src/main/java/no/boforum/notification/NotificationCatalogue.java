package no.boforum.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every kind of notification the features contribute, by name, in the preferences' order. */
@ApplicationScoped
public class NotificationCatalogue {
  @Inject Instance<NotificationKinds> contributions;
  private final Map<String, NotificationKind> kinds = new LinkedHashMap<>();

  @PostConstruct
  void collect() {
    contributions.stream()
        .sorted(Comparator.comparingInt(NotificationKinds::order))
        .flatMap(c -> c.kinds().stream())
        .forEach(
            k -> {
              if (kinds.put(k.name(), k) != null) {
                throw new IllegalStateException("Two kinds of notification are named " + k.name());
              }
            });
  }

  public List<NotificationKind> all() {
    return List.copyOf(kinds.values());
  }

  /** The names of the kinds mailed without the window ({@link NotificationKind#prompt()}). */
  public List<String> prompt() {
    return kinds.values().stream()
        .filter(NotificationKind::prompt)
        .map(NotificationKind::name)
        .toList();
  }

  public Optional<NotificationKind> find(String name) {
    return Optional.ofNullable(name).map(kinds::get);
  }

  /** The kind, which a feature sending it must have contributed. */
  NotificationKind require(NotificationKind kind) {
    if (!kind.equals(kinds.get(kind.name()))) {
      throw new IllegalArgumentException("No feature contributes the notification " + kind);
    }
    return kind;
  }
}
