package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.boforum.identity.LoginService;
import no.boforum.identity.LoginService.LoginOutcome;
import no.boforum.identity.LoginSession;
import no.boforum.identity.OidcProviders;
import no.boforum.identity.ProfileService;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.LanguageFilter;

/** The login form; after a login, back to the page that asked for it. */
@Named
@RequestScoped
public class LoginView {
  @Inject LoginService logins;
  @Inject ProfileService profiles;
  @Inject OidcProviders providers;
  private String email;
  private String password;
  private String next;

  public String login() throws IOException {
    HttpServletRequest request = FacesMessages.request();
    LoginOutcome outcome = logins.login(email, password, LoginSession.address(request));
    password = null;
    switch (outcome.status()) {
      case OK -> {
        LoginSession.establish(request, outcome.userId(), logins.sessionEpoch(outcome.userId()));
        String preferred = profiles.profile(outcome.userId()).language();
        HttpServletResponse response =
            (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.addCookie(LanguageFilter.cookie(request, preferred));
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .redirect(request.getContextPath() + target());
      }
      case BAD_CREDENTIALS -> FacesMessages.error("login:password", "login.failed");
      case NOT_VERIFIED -> FacesMessages.error("login:email", "login.notVerified");
      case THROTTLED ->
          FacesMessages.error(
              "login:email",
              "login.throttled",
              Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60));
    }
    return null;
  }

  String target() {
    return target(next);
  }

  /** Where to go after a login: only a path inside the portal, never another site. */
  static String target(String next) {
    if (next == null || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    String safe = LanguageFilter.safePath(next.split("\\?", 2)[0]);
    String query = next.contains("?") ? "?" + next.split("\\?", 2)[1] : "";
    return safe.equals("/login") ? "/" : safe + query;
  }

  /** The OpenID Connect providers to offer beside the password form. */
  public List<OidcProviders.Provider> getProviders() {
    return providers.all();
  }

  /** The message key of a failed OpenID Connect login, if the login page was sent one. */
  public String getOidcError() {
    return OidcLoginServlet.errorKey(FacesMessages.request());
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
