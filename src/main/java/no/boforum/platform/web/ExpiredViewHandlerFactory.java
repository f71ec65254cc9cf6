package no.boforum.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form sent from a page that stood open longer than the session cannot be restored ({@link
 * ViewExpiredException}). Instead of the error page, the visitor gets {@code /error/expired.xhtml}:
 * what happened and a link back to the page. (An {@code error-page} for the exception in web.xml
 * never matches: the catch-all for {@code Throwable} matches the wrapping {@code ServletException}
 * first.)
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

  public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        if (isExpired(thrown)) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          faces
              .getApplication()
              .getNavigationHandler()
              .handleNavigation(faces, null, "/error/expired.xhtml");
          faces.renderResponse();
        }
      }
      getWrapped().handle();
    }

    private static boolean isExpired(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }
  }
}
