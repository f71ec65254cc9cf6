package no.boforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import no.boforum.notification.NotificationCatalogue;
import no.boforum.notification.NotificationKind;
import no.boforum.notification.Unsubscribes;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /notifications/unsubscribe?token=}: the page a mail's "stop these e-mails" link opens,
 * without logging in. Opening it changes nothing (mail scanners open links); its button stops the
 * mail of the kinds the token names.
 */
@Named
@RequestScoped
public class UnsubscribeView {
  @Inject Unsubscribes unsubscribes;
  @Inject NotificationCatalogue catalogue;
  private boolean done;
  private boolean tried;

  public String getToken() {
    String token = FacesMessages.request().getParameter("token");
    return token == null ? "" : token;
  }

  /** A link that can stop something; after a try that stopped nothing (an account gone), not. */
  public boolean isValid() {
    return !tried && named().isPresent();
  }

  public boolean isDone() {
    return done;
  }

  /** The label keys of the kinds the link stops. */
  public List<String> getKinds() {
    return named().map(Unsubscribes.Stop::kinds).orElse(List.of()).stream()
        .map(catalogue::find)
        .flatMap(Optional::stream)
        .map(NotificationKind::labelKey)
        .toList();
  }

  public String confirm() {
    done = unsubscribes.apply(getToken());
    tried = true;
    return null;
  }

  private Optional<Unsubscribes.Stop> named() {
    return unsubscribes.read(getToken());
  }
}
