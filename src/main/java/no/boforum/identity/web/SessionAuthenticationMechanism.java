package no.boforum.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import no.boforum.identity.LoginSession;

/**
 * Jakarta Security's view of a login: if the session holds a user id (put there by a password or
 * OpenID Connect login), that id is the caller principal of the request. It never challenges: pages
 * and the API decide themselves, through the authorisation service, whether to ask for a login
 * (decision 0005).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Long userId = LoginSession.userId(request);
    if (userId == null) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(String.valueOf(userId), Set.of());
  }
}
