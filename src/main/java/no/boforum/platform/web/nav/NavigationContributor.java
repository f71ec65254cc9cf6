package no.boforum.platform.web.nav;

import java.util.List;

/**
 * A feature's links in the shell's menus: a CDI bean of the feature, found by {@link Navigation},
 * so that adding a page never means editing the layout.
 */
public interface NavigationContributor {
  List<NavigationEntry> entries();
}
