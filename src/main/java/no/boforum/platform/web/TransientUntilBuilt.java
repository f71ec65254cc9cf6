package no.boforum.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Keeps a page that is read, not posted, from opening a session before its view is built (decision
 * 0028). Our pages are stateless unless they say otherwise ({@code transient} on the layout's
 * {@code f:view}), but that is known only once the page is built, inside rendering. PrimeFaces' CSP
 * mode looks earlier, at the start of rendering, sees a view that is not (yet) transient and keeps
 * the page's nonce in its view map, which Mojarra keeps in a new session: every page read would
 * open one. So a view made for a GET starts out transient; building the page sets what it declares.
 * A postback's nonce then comes from {@link CspNonceContextFactory}.
 */
public class TransientUntilBuilt implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before the view exists.
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view != null && !context.isPostback()) {
      view.setTransient(true);
    }
  }
}
