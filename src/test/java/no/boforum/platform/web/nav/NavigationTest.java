package no.boforum.platform.web.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A menu holds its own entries the caller may see, by order, whoever contributed them. */
class NavigationTest {
  @Test
  void aMenuIsItsVisibleEntriesInOrderAndAsksOnlyItsOwn() {
    List<String> asked = new ArrayList<>();
    List<NavigationEntry> entries =
        List.of(
            entry(Menu.MY, 30, "/my/c", true, asked),
            entry(Menu.ADMIN, 10, "/admin/a", true, asked),
            entry(Menu.MY, 10, "/my/a", true, asked),
            entry(Menu.MY, 20, "/my/hidden", false, asked),
            entry(Menu.MAIN, 5, "/", true, asked));
    List<String> my = Navigation.visible(entries, Menu.MY).stream().map(e -> e.address()).toList();
    assertEquals(List.of("/my/a", "/my/c"), my);
    assertEquals(List.of("/my/a", "/my/hidden", "/my/c"), asked);
  }

  private static NavigationEntry entry(
      Menu menu, int order, String address, boolean visible, List<String> asked) {
    return new NavigationEntry(
        menu,
        order,
        "label",
        address,
        () -> {
          asked.add(address);
          return visible;
        });
  }
}
