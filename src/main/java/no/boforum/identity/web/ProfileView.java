package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.boforum.identity.AccountSessions;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.LoginSession;
import no.boforum.identity.OidcAccounts;
import no.boforum.identity.OidcProviders;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Profile;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.LanguageFilter;

/** {@code /my/profile}: name and language, download my data, delete my account. */
@Named
@RequestScoped
public class ProfileView {
  @Inject ProfileService profiles;
  @Inject CurrentCaller caller;
  @Inject OidcProviders providers;
  @Inject OidcAccounts oidcAccounts;
  @Inject AccountSessions sessions;
  private Profile profile;
  private String displayName;
  private String language;
  private boolean confirmDelete;
  private String currentPassword;
  private String newPassword;

  @PostConstruct
  void load() {
    Long me = caller.get().userId();
    if (me != null) {
      profile = profiles.profile(me);
      displayName = profile.displayName();
      language = profile.language();
    }
  }

  public String save() {
    try {
      profile = profiles.update(profile.id(), displayName, language);
      HttpServletResponse response =
          (HttpServletResponse)
              FacesContext.getCurrentInstance().getExternalContext().getResponse();
      response.addCookie(LanguageFilter.cookie(FacesMessages.request(), profile.language()));
      FacesMessages.flash("profile.saved");
      return "/my/profile?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.show("profile", p);
      return null;
    }
  }

  /** A new password: every other session ends, this one goes on (a new session id). */
  public String changePassword() {
    HttpServletRequest request = FacesMessages.request();
    try {
      int epoch =
          sessions.changePassword(
              profile.id(), currentPassword, newPassword, LoginSession.address(request));
      LoginSession.establish(request, profile.id(), epoch);
      FacesMessages.flash("profile.password.changed");
      return "/my/profile?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.show("passwordForm", p);
      return null;
    } finally {
      currentPassword = null;
      newPassword = null;
    }
  }

  /** Logs out on every other device; this session goes on. */
  public String endOtherSessions() {
    HttpServletRequest request = FacesMessages.request();
    int epoch = sessions.endOtherSessions(profile.id(), LoginSession.address(request));
    LoginSession.establish(request, profile.id(), epoch);
    FacesMessages.flash("profile.sessions.ended");
    return "/my/profile?faces-redirect=true";
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public void delete() throws IOException {
    if (!confirmDelete) {
      FacesMessages.error("delete:confirm", "profile.delete.confirmRequired");
      return;
    }
    HttpServletRequest request = FacesMessages.request();
    try {
      profiles.delete(profile.id(), LoginSession.address(request));
    } catch (InputProblem p) {
      FacesMessages.error(null, p.messageKey(), p.arguments());
      return;
    }
    LoginSession.end(
        request,
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse());
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(request.getContextPath() + "/?accountDeleted=true");
  }

  /** A login service and whether this account is linked to it. */
  public record ProviderLink(String id, String label, boolean linked) {}

  public List<ProviderLink> getProviderLinks() {
    if (profile == null) {
      return List.of();
    }
    List<String> issuers = oidcAccounts.linkedIssuers(profile.id());
    return providers.all().stream()
        .map(p -> new ProviderLink(p.id(), p.label(), issuers.contains(p.issuer())))
        .toList();
  }

  /** The label of the provider just linked ({@code ?linked=<id>}), if any. */
  public String getJustLinked() {
    String id = FacesMessages.request().getParameter("linked");
    return id == null ? null : providers.find(id).map(OidcProviders.Provider::label).orElse(null);
  }

  /** The message key of a failed link ({@code ?oidcError=oidc.*}), if any. */
  public String getOidcError() {
    return OidcLoginServlet.errorKey(FacesMessages.request());
  }

  public List<String> getLanguages() {
    return Language.SUPPORTED;
  }

  public Profile getProfile() {
    return profile;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isConfirmDelete() {
    return confirmDelete;
  }

  public void setConfirmDelete(boolean confirmDelete) {
    this.confirmDelete = confirmDelete;
  }
}
