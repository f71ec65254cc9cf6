package no.boforum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import no.boforum.identity.AccountSessions;
import no.boforum.identity.Authorization;
import no.boforum.identity.IdentityAction;
import no.boforum.identity.LoginSession;
import no.boforum.identity.MembershipService;
import no.boforum.identity.MyMembership;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Profile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The logged-in user's own account. Anonymous callers get 401. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {
  /** The editable part of a profile. */
  public record ProfileChange(String displayName, String language) {}

  /** A new password, with the present one. */
  public record PasswordChange(String currentPassword, String password) {}

  @Inject Authorization authorization;
  @Inject ProfileService profiles;
  @Inject MembershipService memberships;
  @Inject AccountSessions sessions;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  @Operation(summary = "My profile")
  public Profile profile() {
    return profiles.profile(me());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change my name and language")
  public Profile update(ProfileChange change) {
    long me = me();
    return change == null
        ? profiles.profile(me)
        : profiles.update(me, change.displayName(), change.language());
  }

  @GET
  @Path("memberships")
  @Operation(summary = "My organisations and join requests")
  public List<MyMembership> memberships() {
    return memberships.membershipsOf(me());
  }

  @GET
  @Path("export")
  @Operation(summary = "Everything Boforum keeps about me, as a JSON download")
  public Response export() {
    Map<String, Object> data = profiles.export(me());
    return Response.ok(data)
        .header("Content-Disposition", "attachment; filename=\"boforum-my-data.json\"")
        .build();
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my password",
      description = "Every other session of the account ends; this one goes on with a new id.")
  @APIResponse(responseCode = "204", description = "changed")
  @APIResponse(responseCode = "400", description = "the current password is wrong, or the new weak")
  public Response changePassword(PasswordChange change) {
    long me = me();
    int epoch =
        sessions.changePassword(
            me,
            change == null ? null : change.currentPassword(),
            change == null ? null : change.password(),
            LoginSession.address(request));
    LoginSession.establish(request, me, epoch);
    return Response.noContent().build();
  }

  @POST
  @Path("sessions/end-others")
  @Operation(summary = "Log out on every other device; this session goes on with a new id")
  @APIResponse(responseCode = "204", description = "done")
  public Response endOtherSessions() {
    long me = me();
    LoginSession.establish(
        request, me, sessions.endOtherSessions(me, LoginSession.address(request)));
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "Delete my account; content others rely on stays, from a deleted user")
  public Response delete() {
    profiles.delete(me(), LoginSession.address(request));
    LoginSession.end(request, response);
    return Response.noContent().build();
  }

  private long me() {
    return authorization.require(IdentityAction.MANAGE_OWN_ACCOUNT).userId();
  }
}
