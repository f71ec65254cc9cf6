package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.boforum.platform.Conflict;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeWorkflow.Transition;

/**
 * Shows a {@link Conflict} as a form-level error. The services name states and moves by their codes
 * ({@code SUBMITTED}, {@code PUBLISH}); the reader sees their labels instead.
 */
@RequestScoped
public class ConflictMessages {
  @Inject Language language;

  public void show(String clientId, Conflict c) {
    Object[] arguments = c.arguments();
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = word(String.valueOf(arguments[i]));
    }
    FacesMessages.error(clientId, c.messageKey(), arguments);
  }

  String label(String prefix, String code) {
    return Messages.format(language.getLocale(), prefix + code);
  }

  private String word(String code) {
    for (PracticeState s : PracticeState.values()) {
      if (s.name().equals(code)) {
        return label("practice.state.", code);
      }
    }
    for (Transition t : Transition.values()) {
      if (t.name().equals(code)) {
        return label("practice.transition.", code);
      }
    }
    return code;
  }
}
