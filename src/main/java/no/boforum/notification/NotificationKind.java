package no.boforum.notification;

import java.util.Arrays;
import java.util.List;

/**
 * One kind of notification a feature sends, named {@code <feature>.<what>} ({@code
 * discussion.reply}), with the delivery people get until they choose. Its texts are in the bundles:
 * {@code notify.kind.<name>} names it on the preferences page, {@code notify.line.<name>} (or
 * {@code notify.line.<name>.<variant>}) says what happened: {0} who did it, {1} the subject's
 * title. An {@code essential} kind (a moderator's decision about one's post: a statement of
 * reasons) can be moved to the portal only, never turned off. A {@code prompt} kind (a receipt for
 * a registration) is mailed at the next run when delivered immediately, without the window that
 * gathers several events about one subject.
 */
public record NotificationKind(String name, Delivery byDefault, boolean essential, boolean prompt) {
  public NotificationKind {
    if (name == null || !name.matches("[a-z]+(\\.[a-z-]+)+") || name.length() > 60) {
      throw new IllegalArgumentException("A kind is named <feature>.<what>: " + name);
    }
    if (byDefault == null || byDefault == Delivery.OFF) {
      throw new IllegalArgumentException("A kind is delivered somehow by default: " + name);
    }
  }

  public NotificationKind(String name, Delivery byDefault, boolean essential) {
    this(name, byDefault, essential, false);
  }

  public NotificationKind(String name, Delivery byDefault) {
    this(name, byDefault, false, false);
  }

  /** The deliveries a person may choose for this kind. */
  public List<Delivery> choices() {
    return Arrays.stream(Delivery.values()).filter(d -> !essential || d != Delivery.OFF).toList();
  }

  public String labelKey() {
    return "notify.kind." + name;
  }
}
