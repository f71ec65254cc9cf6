package no.boforum.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Messages;

/** Messages on a page from the bundles, shown beside the field they concern. */
public final class FacesMessages {
  private FacesMessages() {}

  /** Shows the problem beside {@code formId:field}; the typed values stay in the form. */
  public static void show(String formId, InputProblem problem) {
    error(formId + ":" + problem.field(), problem.messageKey(), problem.arguments());
  }

  public static void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    if (severity == FacesMessage.SEVERITY_ERROR) {
      faces.validationFailed();
    }
  }

  /** Keeps an info message across a redirect. */
  public static void flash(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    String text = Messages.format(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
