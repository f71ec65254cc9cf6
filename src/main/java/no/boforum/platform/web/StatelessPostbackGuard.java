package no.boforum.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;

/**
 * A post that says its view was stateless, to a page that keeps its view (one with a form, decision
 * 0028), is a post without the page's token: Mojarra refuses it with a bare {@link FacesException},
 * which would be the 500 page. It is answered as an expired view instead ({@link
 * ExpiredViewHandlerFactory}): nothing is done, and the visitor is asked to open the page again.
 */
public class StatelessPostbackGuard extends ViewHandlerWrapper {
  public StatelessPostbackGuard(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot restoreView(FacesContext context, String viewId) {
    try {
      return super.restoreView(context, viewId);
    } catch (ViewExpiredException e) {
      throw e;
    } catch (FacesException e) {
      if (!claimsStateless(context)) {
        throw e;
      }
      throw new ViewExpiredException("a stateless post to a view that keeps its state", e, viewId);
    }
  }

  private static boolean claimsStateless(FacesContext context) {
    String state =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(ResponseStateManager.VIEW_STATE_PARAM);
    return "stateless".equals(state);
  }
}
