/**
 * The page shell's menus: features contribute their links (menu, order, label key, address, who
 * sees it) and the layout renders them, so no feature edits the layout to add a page.
 */
package no.boforum.platform.web.nav;
