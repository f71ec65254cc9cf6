package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.boforum.identity.AccountService;
import no.boforum.identity.LoginSession;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/** The registration form. On success it says to look for the verification mail. */
@Named
@RequestScoped
public class RegisterView {
  @Inject AccountService accounts;
  @Inject Language language;
  private String email;
  private String displayName;
  private String password;
  private boolean registered;

  public String register() {
    try {
      accounts.register(
          email,
          displayName,
          password,
          language.getTag(),
          LoginSession.address(FacesMessages.request()));
      registered = true;
    } catch (InputProblem problem) {
      FacesMessages.show("register", problem);
    }
    password = null;
    return null;
  }

  public boolean isRegistered() {
    return registered;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
