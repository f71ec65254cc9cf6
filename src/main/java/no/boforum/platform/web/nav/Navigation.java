package no.boforum.platform.web.nav;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The menus of this request, as the layout renders them: every contributed entry the caller may
 * see, in order. Asked once per request, so each entry's visibility is decided once.
 */
@Named
@RequestScoped
public class Navigation {
  @Inject @Any Instance<NavigationContributor> contributors;
  @Inject HttpServletRequest request;
  private Map<Menu, List<NavigationEntry>> menus;
  private final Map<NavigationEntry, Long> counts = new java.util.HashMap<>();

  public List<NavigationEntry> getMain() {
    return menu(Menu.MAIN);
  }

  public List<NavigationEntry> getMy() {
    return menu(Menu.MY);
  }

  public List<NavigationEntry> getAdmin() {
    return menu(Menu.ADMIN);
  }

  /** The entry's count (unread notifications, say), asked once per request; 0 shows none. */
  public long countOf(NavigationEntry entry) {
    return counts.computeIfAbsent(entry, e -> e.count().getAsLong());
  }

  /** True for the entry of the page being shown, for {@code aria-current}. */
  public boolean isCurrent(NavigationEntry entry) {
    return entry.address().equals(currentAddress());
  }

  List<NavigationEntry> menu(Menu menu) {
    if (menus == null) {
      List<NavigationEntry> all = contributors.stream().flatMap(c -> c.entries().stream()).toList();
      menus = new EnumMap<>(Menu.class);
      for (Menu m : Menu.values()) {
        menus.put(m, visible(all, m));
      }
    }
    return menus.get(menu);
  }

  static List<NavigationEntry> visible(List<NavigationEntry> entries, Menu menu) {
    return entries.stream()
        .filter(e -> e.menu() == menu)
        .sorted(Comparator.comparingInt(NavigationEntry::order))
        .filter(e -> e.visible().getAsBoolean())
        .toList();
  }

  /** The address asked for, before any forward, without {@code .xhtml}. */
  private String currentAddress() {
    String servletPath = (String) request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
    String pathInfo = (String) request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO);
    if (servletPath == null) {
      servletPath = request.getServletPath();
      pathInfo = request.getPathInfo();
    }
    String path = servletPath + (pathInfo == null ? "" : pathInfo);
    return path.endsWith(".xhtml") ? path.substring(0, path.length() - 6) : path;
  }
}
