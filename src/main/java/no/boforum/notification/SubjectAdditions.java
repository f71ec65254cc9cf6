package no.boforum.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.boforum.notification.MailAdditions.Addition;

/** The features' {@link MailAdditions}, by subject type. */
@ApplicationScoped
class SubjectAdditions {
  private static final Logger LOG = Logger.getLogger(SubjectAdditions.class.getName());

  @Inject Instance<MailAdditions> contributions;
  @Inject SubjectAdditions self;
  private final Map<String, MailAdditions> byType = new HashMap<>();

  @PostConstruct
  void collect() {
    contributions.forEach(
        c -> {
          if (byType.put(c.subjectType(), c) != null) {
            throw new IllegalStateException("Two additions to mails about " + c.subjectType());
          }
        });
  }

  /**
   * What the feature adds to the news about one subject (all of one subject); nothing if it adds
   * nothing or fails (the mail goes without it, and the failure is logged). It reads in a
   * transaction of its own, so that a failure there never rolls back the mail's.
   */
  Addition of(long userId, Locale locale, List<Notification> news) {
    Notification first = news.get(0);
    MailAdditions feature = byType.get(first.getSubjectType());
    if (feature == null) {
      return Addition.NONE;
    }
    Set<String> happened =
        news.stream()
            .map(n -> n.getVariant() == null ? n.getKind() : n.getKind() + "." + n.getVariant())
            .collect(Collectors.toSet());
    try {
      return self.read(feature, first.getSubjectKey(), userId, locale, happened);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Mail about " + first.getSubjectType() + " " + first.getSubjectKey() + " goes bare");
      return Addition.NONE;
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Addition read(
      MailAdditions feature, String key, long userId, Locale locale, Set<String> happened) {
    return feature.addition(key, userId, locale, happened);
  }
}
