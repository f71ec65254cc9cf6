package no.boforum.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.boforum.identity.Authorization;
import no.boforum.notification.Delivery;
import no.boforum.notification.NotificationAction;
import no.boforum.notification.NotificationCatalogue;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.NotificationSettings;
import no.boforum.notification.NotificationSettings.Settings;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/**
 * {@code /my/notification-settings}: for each kind, how the caller hears of it; and the hour of the
 * daily digest and the day of the weekly one. The form's rows are loaded again on posting (in the
 * same order), and a refused change keeps what was chosen on the form.
 */
@Named
@RequestScoped
public class NotificationSettingsView {

  /** One kind on the form, with the delivery chosen. */
  public static class Choice {
    private final String kind;
    private final List<Delivery> options;
    private String delivery;

    Choice(String kind, List<Delivery> options, String delivery) {
      this.kind = kind;
      this.options = options;
      this.delivery = delivery;
    }

    /** What may be chosen: an essential kind cannot be turned off. */
    public List<Delivery> getOptions() {
      return options;
    }

    public boolean isEssential() {
      return !options.contains(Delivery.OFF);
    }

    public String getKind() {
      return kind;
    }

    public String getLabelKey() {
      return "notify.kind." + kind;
    }

    public String getDelivery() {
      return delivery;
    }

    public void setDelivery(String delivery) {
      this.delivery = delivery;
    }
  }

  @Inject NotificationSettings settings;
  @Inject NotificationCatalogue catalogue;
  @Inject Authorization authorization;
  @Inject Language language;
  private List<Choice> choices;
  private int digestHour;
  private String digestDay;

  @PostConstruct
  void load() {
    Settings s = settings.of(me());
    choices = new ArrayList<>();
    s.deliveries()
        .forEach(
            (kind, delivery) ->
                choices.add(
                    new Choice(
                        kind,
                        catalogue.find(kind).map(NotificationKind::choices).orElse(List.of()),
                        delivery)));
    digestHour = s.digestHour();
    digestDay = s.digestDay();
  }

  public String save() {
    Map<String, String> deliveries = new LinkedHashMap<>();
    choices.forEach(c -> deliveries.put(c.getKind(), c.getDelivery()));
    try {
      settings.change(me(), deliveries, digestHour, digestDay);
    } catch (InputProblem problem) {
      // The radios and menus offer only what is allowed: a refusal is of an edited form, said once.
      FacesMessages.error(null, problem.messageKey(), problem.arguments());
      return null;
    }
    FacesMessages.flash("notify.prefs.saved");
    return "/my/notification-settings?faces-redirect=true";
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public List<Integer> getHours() {
    return IntStream.range(0, 24).boxed().toList();
  }

  public String hourLabel(int hour) {
    return String.format("%02d:00", hour);
  }

  public List<DayOfWeek> getDays() {
    return List.of(DayOfWeek.values());
  }

  public String dayLabel(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale());
  }

  public int getDigestHour() {
    return digestHour;
  }

  public void setDigestHour(int digestHour) {
    this.digestHour = digestHour;
  }

  public String getDigestDay() {
    return digestDay;
  }

  public void setDigestDay(String digestDay) {
    this.digestDay = digestDay;
  }

  private long me() {
    return authorization.require(NotificationAction.READ_OWN).userId();
  }
}
