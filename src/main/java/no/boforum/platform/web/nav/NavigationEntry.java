package no.boforum.platform.web.nav;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * One link in a menu, as a feature contributes it.
 *
 * @param order the place in the menu, low first; features leave gaps of ten
 * @param labelKey the link's text, a key in the message bundles
 * @param address the page's address inside the portal, starting with {@code /}
 * @param visible asked for each request: whether the caller sees the link (usually "may open the
 *     page", asked of identity's authorisation service)
 * @param count asked once per request for a visible entry: a number shown with the link (unread
 *     notifications), none when 0
 */
public record NavigationEntry(
    Menu menu,
    int order,
    String labelKey,
    String address,
    BooleanSupplier visible,
    LongSupplier count) {
  public NavigationEntry(
      Menu menu, int order, String labelKey, String address, BooleanSupplier visible) {
    this(menu, order, labelKey, address, visible, () -> 0);
  }

  /** The same link, shown with a count. */
  public NavigationEntry counting(LongSupplier counter) {
    return new NavigationEntry(menu, order, labelKey, address, visible, counter);
  }
}
