package no.boforum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.boforum.identity.AccountService;
import no.boforum.identity.LoginSession;
import no.boforum.identity.PasswordReset;
import no.boforum.identity.TooManyAccountRequests;
import no.boforum.platform.InputProblem;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;
import no.boforum.platform.api.OpenWrite;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Register, verify an email address, and reset a forgotten password. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@OpenWrite
public class AccountResource {
  /** A new account. */
  public record Registration(String email, String displayName, String password, String language) {}

  /** A token from a mail, and for a reset the new password. */
  public record TokenBody(String token, String password) {}

  /** The address to send a reset link to. */
  public record ResetRequest(String email) {}

  /** The id of an account. */
  public record AccountId(long userId) {}

  @Inject AccountService accounts;
  @Inject PasswordReset passwordReset;
  @Inject Language language;
  @Context HttpServletRequest request;

  @POST
  @Operation(
      summary =
          "Register; a verification link is mailed, or, if the address has an account, a mail"
              + " telling its owner")
  @APIResponse(
      responseCode = "202",
      description = "always the same, so as not to reveal accounts: look for the mail")
  @APIResponse(responseCode = "400", description = "invalid email or name, weak password")
  @APIResponse(responseCode = "429", description = "too many registrations; see Retry-After")
  public Response register(Registration r) {
    if (r == null) {
      throw new InputProblem("email", "account.emailRequired");
    }
    try {
      accounts.register(
          r.email(), r.displayName(), r.password(), r.language(), LoginSession.address(request));
    } catch (TooManyAccountRequests tooMany) {
      return tooMany(tooMany);
    }
    return Response.accepted().build();
  }

  @POST
  @Path("verification")
  @Operation(
      summary = "Verify an email address with the token from the mail and the account's password")
  @APIResponse(
      responseCode = "400",
      description = "the token is unknown, expired or used, or the password is wrong")
  public AccountId verify(TokenBody body) {
    return new AccountId(
        accounts.verifyEmail(
            body == null ? null : body.token(),
            body == null ? null : body.password(),
            LoginSession.address(request)));
  }

  @POST
  @Path("password-reset")
  @Operation(summary = "Mail a password reset link, if the address has an account")
  @APIResponse(responseCode = "202", description = "always, so as not to reveal accounts")
  @APIResponse(responseCode = "429", description = "too many requests; see Retry-After")
  public Response requestReset(ResetRequest body) {
    try {
      passwordReset.requestPasswordReset(
          body == null ? null : body.email(), language.getTag(), LoginSession.address(request));
    } catch (TooManyAccountRequests tooMany) {
      return tooMany(tooMany);
    }
    return Response.accepted().build();
  }

  @POST
  @Path("password")
  @Operation(summary = "Set a new password with the token from the reset mail")
  @APIResponse(responseCode = "400", description = "bad token or weak password")
  public AccountId resetPassword(TokenBody body) {
    if (body == null) {
      throw new InputProblem("token", "token.unknown");
    }
    return new AccountId(
        passwordReset.resetPassword(body.token(), body.password(), LoginSession.address(request)));
  }

  private Response tooMany(TooManyAccountRequests tooMany) {
    String text = Messages.format(language.getLocale(), tooMany.messageKey(), tooMany.arguments());
    return Response.fromResponse(
            ApiExceptionMapper.json(429, new ApiError(429, text, tooMany.field())))
        .header("Retry-After", Math.max(1, tooMany.retryAfter().toSeconds()))
        .build();
  }
}
