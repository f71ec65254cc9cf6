package no.boforum.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of this request, read once from the principal that {@link
 * no.boforum.identity.web.SessionAuthenticationMechanism} set (the user's id) and the database.
 */
@Named
@RequestScoped
public class CurrentCaller {
  @Inject SecurityContext securityContext;
  @Inject HttpServletRequest request;
  @Inject UserRepository users;
  @Inject Callers callers;
  @Inject EndedLogins endedLogins;
  private Caller caller;

  @Transactional
  public Caller get() {
    if (caller == null) {
      caller = load();
    }
    return caller;
  }

  private Caller load() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Caller.ANONYMOUS;
    }
    long id;
    try {
      id = Long.parseLong(principal.getName());
    } catch (NumberFormatException e) {
      return Caller.ANONYMOUS;
    }
    Optional<UserAccount> user = users.find(id);
    if (user.isEmpty() || !LoginSession.currentEpoch(request, user.get().getSessionEpoch())) {
      // Deleted, or the password was reset since this session began: the session is over.
      LoginSession.end(request);
      return Caller.ANONYMOUS;
    }
    String key = LoginSession.loginKey(request);
    if (key == null
        || !LoginSession.young(request, System.currentTimeMillis())
        || endedLogins.isEnded(key)) {
      // Logged out (on this instance or another, whose copy of the session this may be), a login
      // older than a day, or a session from before logins had keys: over as well.
      LoginSession.end(request);
      return Caller.ANONYMOUS;
    }
    return callers.of(user.get());
  }
}
