package no.boforum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.boforum.identity.AuditEntry;
import no.boforum.identity.AuditEvent;
import no.boforum.identity.AuditLog;
import no.boforum.identity.Authorization;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.IdentityAction;
import no.boforum.identity.LoginSession;
import no.boforum.identity.MemberView;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.MembershipService;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Profile;
import no.boforum.platform.InputLists;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Administration: verify organisations, grant roles, appoint members, read the audit log. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AdminResource {
  /** Whether an organisation is verified. */
  public record Verification(boolean verified) {}

  /** The complete set of a user's global roles. */
  public record Roles(List<String> roles) {
    /** Each role once, and a little room for repeats. */
    static final int MAX_ROLES = 10;
  }

  /** A user to make a member of an organisation, with a role. */
  public record Appointment(long userId, String role) {}

  @Inject Authorization authorization;
  @Inject OrganisationService organisations;
  @Inject MembershipService memberships;
  @Inject ProfileService profiles;
  @Inject AuditLog audit;
  @Context HttpServletRequest request;

  @PUT
  @Path("organisations/{slug}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark an organisation verified or not")
  public OrganisationDetails verify(@PathParam("slug") String slug, Verification body) {
    return organisations.setVerified(
        slug, body != null && body.verified(), LoginSession.address(request));
  }

  @POST
  @Path("organisations/{slug}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make a user a member of an organisation with a role")
  public MemberView appoint(@PathParam("slug") String slug, Appointment body) {
    if (body == null) {
      throw new BadRequestException("userId and role are required");
    }
    MembershipRole role = OrganisationResource.parse(MembershipRole.class, body.role(), null);
    return memberships.appoint(slug, body.userId(), role, LoginSession.address(request));
  }

  @GET
  @Path("users")
  @Operation(summary = "Users whose name or email contains q")
  public Page<Profile> users(
      @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest p = PageRequest.parse(page, size, 20, 100);
    return new Page<>(profiles.count(q), profiles.search(q, p.offset(), p.size()));
  }

  @PUT
  @Path("users/{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a user's global roles (administrator, moderator, event_host)")
  public Profile setRoles(@PathParam("id") long id, Roles body) {
    Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
    if (body != null && body.roles() != null) {
      InputLists.atMost("roles", body.roles(), Roles.MAX_ROLES);
      body.roles().forEach(r -> roles.add(OrganisationResource.parse(GlobalRole.class, r, null)));
    }
    return profiles.setRoles(id, roles, LoginSession.address(request));
  }

  @GET
  @Path("audit")
  @Operation(summary = "Security events, newest first, filtered by type and user")
  public Page<AuditEntry> audit(
      @QueryParam("type") String type,
      @QueryParam("user") Long user,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    authorization.require(IdentityAction.VIEW_AUDIT_LOG);
    PageRequest p = PageRequest.parse(page, size, 50, 200);
    AuditLog.Filter filter =
        new AuditLog.Filter(
            type == null || type.isBlank()
                ? null
                : OrganisationResource.parse(AuditEvent.Type.class, type, null),
            user,
            null,
            null);
    return new Page<>(audit.count(filter), audit.find(filter, p.offset(), p.size()));
  }
}
