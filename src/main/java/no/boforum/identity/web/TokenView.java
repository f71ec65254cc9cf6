package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.boforum.identity.AccountService;
import no.boforum.identity.LoginSession;
import no.boforum.identity.PasswordReset;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/**
 * The pages reached from a mail: {@code /verify?token=} verifies at once; {@code
 * /reset-password?token=} asks for the new password. Also the "forgot password" form.
 */
@Named
@RequestScoped
public class TokenView {
  @Inject AccountService accounts;
  @Inject PasswordReset passwordReset;
  @Inject Language language;
  private String token;
  private String email;
  private String password;
  private String problem;
  private boolean done;

  /** The view action of /verify: says at once if the link is of no use. */
  public void checkVerifyLink() {
    problem = accounts.verifyTokenProblem(token).orElse(null);
  }

  /** The form of /verify: the link's token and the password chosen at registration. */
  public String verify() {
    try {
      accounts.verifyEmail(token, password, LoginSession.address(FacesMessages.request()));
      done = true;
    } catch (InputProblem p) {
      if (p.field().equals("token")) {
        problem = p.messageKey();
      } else {
        FacesMessages.show("verify", p);
      }
    }
    password = null;
    return null;
  }

  public String requestReset() {
    try {
      passwordReset.requestPasswordReset(
          email, language.getTag(), LoginSession.address(FacesMessages.request()));
      done = true;
    } catch (InputProblem p) {
      FacesMessages.show("forgot", p);
    }
    return null;
  }

  public String reset() {
    try {
      passwordReset.resetPassword(token, password, LoginSession.address(FacesMessages.request()));
      done = true;
    } catch (InputProblem p) {
      FacesMessages.show("reset", p);
    }
    password = null;
    return null;
  }

  public String getProblem() {
    return problem;
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
}
