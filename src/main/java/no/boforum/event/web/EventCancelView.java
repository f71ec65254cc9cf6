package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.boforum.event.Registrations;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;

/**
 * The page a mailed cancellation link opens: it asks before it cancels (a mail client or a virus
 * scanner that fetches the link must not cancel anyone), and works without logging in. An altered
 * or expired link says so and points to the event pages.
 */
@Named
@RequestScoped
public class EventCancelView {
  @Inject Registrations registrations;
  private String token;
  private String cancelledEvent;
  private String problem;

  public String cancel() {
    try {
      cancelledEvent = registrations.cancelByToken(token);
    } catch (InputProblem p) {
      problem = p.messageKey();
    } catch (Conflict c) {
      // Busy, or the event has begun: the page says so instead of failing.
      problem = c.messageKey();
    }
    return null;
  }

  public boolean isDone() {
    return cancelledEvent != null;
  }

  public String getCancelledEvent() {
    return cancelledEvent;
  }

  public String getProblem() {
    return problem;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
