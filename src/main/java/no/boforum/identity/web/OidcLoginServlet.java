package no.boforum.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.LoginService;
import no.boforum.identity.LoginSession;
import no.boforum.identity.OidcAccounts;
import no.boforum.identity.OidcClient;
import no.boforum.identity.OidcClient.Pending;
import no.boforum.identity.OidcProviders;
import no.boforum.identity.OidcProviders.Provider;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /login/oidc/<provider>} sends the browser to the provider; {@code /login/oidc/callback}
 * takes it back, logs the person in and returns to the page that asked. Any failure goes back to
 * the login page with a message that says what happened.
 */
@WebServlet(urlPatterns = "/login/oidc/*")
public class OidcLoginServlet extends HttpServlet {
  static final String PENDING = "boforum.oidc.pending";

  @Inject OidcProviders providers;
  @Inject OidcClient client;
  @Inject OidcAccounts accounts;
  @Inject LoginService logins;
  @Inject CurrentCaller currentCaller;
  @Inject Language language;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    try {
      if (path.equals("callback")) {
        callback(req, res);
      } else {
        Provider provider =
            providers
                .find(path)
                .orElseThrow(() -> new InputProblem("oidc", "oidc.unknownProvider"));
        Long linkFor = "true".equals(req.getParameter("link")) ? loggedIn() : null;
        Map.Entry<URI, Pending> start =
            client.start(provider, redirectUri(), req.getParameter("next"), linkFor);
        req.getSession(true).setAttribute(PENDING, start.getValue());
        res.sendRedirect(start.getKey().toString());
      }
    } catch (InputProblem problem) {
      // A logged-in user was linking a provider: back to the profile, which says what happened.
      String page = loggedIn() == null ? "/login" : "/my/profile";
      res.sendRedirect(req.getContextPath() + page + "?oidcError=" + problem.messageKey());
    }
  }

  private void callback(HttpServletRequest req, HttpServletResponse res) throws IOException {
    HttpSession session = req.getSession(false);
    Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
    if (pending == null) {
      throw new InputProblem("oidc", "oidc.badCallback");
    }
    session.removeAttribute(PENDING);
    Provider provider =
        providers
            .find(pending.providerId())
            .orElseThrow(() -> new InputProblem("oidc", "oidc.unknownProvider"));
    URI callback =
        URI.create(redirectUri() + "?" + Optional.ofNullable(req.getQueryString()).orElse(""));
    OidcClient.Identity identity = client.complete(provider, pending, callback, redirectUri());
    if (pending.linkUserId() != null) {
      if (!pending.linkUserId().equals(loggedIn())) {
        throw new InputProblem("oidc", "oidc.badCallback");
      }
      accounts.link(pending.linkUserId(), identity, LoginSession.address(req));
      res.sendRedirect(req.getContextPath() + "/my/profile?linked=" + provider.id());
      return;
    }
    long userId = accounts.login(identity, language.getTag(), LoginSession.address(req));
    LoginSession.establish(req, userId, logins.sessionEpoch(userId));
    res.sendRedirect(req.getContextPath() + LoginView.target(pending.next()));
  }

  /**
   * The logged-in user as every page sees them (the session's epoch and login key checked:
   * decisions 0005 and 0045), or null: a session that was logged out, or ended by a password reset,
   * links no provider to its account.
   */
  private Long loggedIn() {
    Caller caller = currentCaller.get();
    return caller.isAuthenticated() ? caller.userId() : null;
  }

  /**
   * The message key of a failed OpenID Connect login or link that this servlet sent the page
   * ({@code ?oidcError=oidc.*}); anything else in the parameter is ignored.
   */
  static String errorKey(HttpServletRequest req) {
    String key = req.getParameter("oidcError");
    return key != null && key.matches("oidc\\.[a-zA-Z]+") ? key : null;
  }

  private URI redirectUri() {
    return URI.create(PublicUrls.base(publicUrl) + "login/oidc/callback");
  }
}
