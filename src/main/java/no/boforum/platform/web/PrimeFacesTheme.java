package no.boforum.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The PrimeFaces theme of the page being rendered ({@code primefaces.THEME} in web.xml): its style
 * sheet only on a page that has a PrimeFaces component (a few forms' fields), none elsewhere (issue
 * 19: the theme was 23 KB of style sheet that blocked every page's first paint and that pages
 * without PrimeFaces components do not use). PrimeFaces asks when it writes the page's head, after
 * the whole view is built, so every component's resources are known by then.
 */
@Named("primeFacesTheme")
@ApplicationScoped
public class PrimeFacesTheme {
  /** The theme of pages with PrimeFaces components. */
  static final String THEME = "saga-blue";

  static final String NONE = "none";

  public String getName() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || context.getViewRoot() == null) {
      return THEME;
    }
    for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
      if ("primefaces".equals(resource.getAttributes().get("library"))) {
        return THEME;
      }
    }
    return NONE;
  }
}
