package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.boforum.notification.NotificationPreferences.Schedule;
import no.boforum.platform.InputProblem;
import no.boforum.platform.pagecache.PageCache;

/**
 * A person's preferences as the preferences page and the API read and write them, by name: kinds to
 * deliveries, the digest's hour and day. Anything unknown is refused with a clear message before
 * anything changes.
 */
@ApplicationScoped
public class NotificationSettings {
  /**
   * @param deliveries kind name to IMMEDIATE, DAILY, WEEKLY, PORTAL or OFF
   * @param digestHour 0 to 23, Europe/Oslo
   * @param digestDay MONDAY to SUNDAY
   */
  public record Settings(Map<String, String> deliveries, Integer digestHour, String digestDay) {}

  @Inject NotificationPreferences preferences;
  @Inject PageCache pages;

  @Transactional
  public Settings of(long userId) {
    Map<String, String> deliveries = new LinkedHashMap<>();
    preferences.of(userId).forEach((k, d) -> deliveries.put(k.name(), d.name()));
    Schedule s = preferences.schedule(userId);
    return new Settings(deliveries, s.hour(), s.day().name());
  }

  /** Changes what is given (null: unchanged). */
  @Transactional
  public void change(long userId, Map<String, String> deliveries, Integer hour, String day) {
    pages.changesNoPage();
    Map<String, Delivery> parsed = new LinkedHashMap<>();
    deliveries.forEach((kind, d) -> parsed.put(kind, delivery(d)));
    Schedule now = preferences.schedule(userId);
    Schedule next =
        new Schedule(hour == null ? now.hour() : hour, day == null ? now.day() : day(day));
    preferences.set(userId, parsed);
    if (!next.equals(now)) {
      preferences.setSchedule(userId, next);
    }
  }

  static Delivery delivery(String name) {
    try {
      return Delivery.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new InputProblem("deliveries", "notify.prefs.deliveryInvalid");
    }
  }

  static DayOfWeek day(String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new InputProblem("digestDay", "notify.prefs.dayInvalid");
    }
  }
}
