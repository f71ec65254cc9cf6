package no.boforum.platform.web.nav;

/** The menus of the page shell. */
public enum Menu {
  /** The site's main menu in the header. */
  MAIN,
  /** The account menu: logging in, or one's own pages once logged in. */
  MY,
  /** The administration pages' sub-menu; its first entry the caller sees is linked from MY. */
  ADMIN
}
