package no.boforum.discussion.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on the discussion views post back to the address the page was shown at ({@code
 * /discussions/<id>-<slug>}, {@code /discussions/new?practice=…}), not to the view's file, which
 * {@link DiscussionViewsFilter} closes, and with the address's query. Registered in faces-config
 * after the events' handler.
 */
public class DiscussionActionUrls extends ViewHandlerWrapper {
  public DiscussionActionUrls(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId != null && viewId.startsWith(DiscussionUrlServlet.VIEWS)) {
      Object asked =
          context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
      if (asked != null) {
        // With its query: a form on page 2 of a thread posts back to page 2 (?page=, ?edit=,
        // ?quote=), so the rows it names are the rows the person saw.
        Object query =
            context
                .getExternalContext()
                .getRequestMap()
                .get(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null ? asked.toString() : asked + "?" + query;
      }
    }
    return super.getActionURL(context, viewId);
  }
}
