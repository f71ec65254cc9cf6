package no.boforum.event.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on the event views post back to the address the page was shown at ({@code
 * /events/<slug>/edit}, {@code /events/cancel?token=…}, with its query), not to the view's file,
 * which {@link EventViewsFilter} closes: so a page shown again with a problem keeps its address,
 * and a reload works. Registered in faces-config.
 */
public class EventActionUrls extends ViewHandlerWrapper {
  public EventActionUrls(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId != null && viewId.startsWith(EventUrlServlet.VIEWS)) {
      Object asked =
          context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
      if (asked != null) {
        return asked.toString();
      }
    }
    return super.getActionURL(context, viewId);
  }
}
