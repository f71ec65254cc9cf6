package no.boforum.matching.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on the views of needs and offers post back to the address the page was shown at ({@code
 * /matching/new?side=offer}, {@code /matching/<id>/edit}), with its query, not to the view's file,
 * which {@link MatchingViewsFilter} closes. Registered in faces-config after the discussions'.
 */
public class MatchingActionUrls extends ViewHandlerWrapper {
  public MatchingActionUrls(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId != null && viewId.startsWith(MatchingUrlServlet.VIEWS)) {
      var requestMap = context.getExternalContext().getRequestMap();
      Object asked = requestMap.get(RequestDispatcher.FORWARD_REQUEST_URI);
      if (asked != null) {
        Object query = requestMap.get(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null ? asked.toString() : asked + "?" + query;
      }
    }
    return super.getActionURL(context, viewId);
  }
}
