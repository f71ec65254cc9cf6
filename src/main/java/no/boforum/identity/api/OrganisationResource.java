package no.boforum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import no.boforum.identity.LoginSession;
import no.boforum.identity.MemberView;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.MembershipService;
import no.boforum.identity.MembershipStatus;
import no.boforum.identity.MyMembership;
import no.boforum.identity.OrganisationData;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.api.Harvest;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Organisations: read by anyone; joined, managed and edited by those the rules allow. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganisationResource {
  /** An edit of an organisation's facts, with the version it was based on. */
  public record OrganisationChange(
      String name,
      String orgNumber,
      String actorType,
      String county,
      String municipality,
      String website,
      String description,
      long version) {
    OrganisationData toData(String slug) {
      return new OrganisationData(
          slug, name, orgNumber, actorType, county, municipality, website, description);
    }
  }

  /** The role to give a member. */
  public record RoleBody(String role) {}

  @Inject OrganisationService organisations;
  @Inject MembershipService memberships;
  @Context HttpServletRequest request;
  @Context Request httpRequest;
  @Context HttpServletResponse httpResponse;

  @GET
  @Operation(summary = "Organisations by name")
  @APIResponse(responseCode = "400", description = "page, size or changedSince is not valid")
  @APIResponse(
      responseCode = "304",
      description = "no organisation changed since If-Modified-Since")
  public Page<OrganisationDetails> list(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "organisations per page, 1 to 100 (default 20)") @QueryParam("size")
          String size,
      @Parameter(description = "true: only verified ones; false: only unverified ones")
          @QueryParam("verified")
          Boolean verified,
      @Parameter(description = Harvest.DESCRIPTION) @QueryParam(Harvest.PARAMETER)
          String changedSince) {
    PageRequest p = PageRequest.parse(page, size, 20, 100);
    LocalDateTime since = Harvest.changedSince(changedSince).orElse(null);
    Harvest.lastModified(httpRequest, httpResponse, organisations.lastChange());
    return new Page<>(
        organisations.count(verified, since),
        organisations.list(verified, since, p.offset(), p.size()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One organisation")
  @APIResponse(responseCode = "404", description = "no organisation has this slug")
  public OrganisationDetails get(@PathParam("slug") String slug) {
    return organisations.find(slug).orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an organisation; it starts unverified, with the caller as admin")
  @APIResponse(responseCode = "201", description = "registered")
  @APIResponse(responseCode = "400", description = "a fact is missing or invalid")
  public Response register(OrganisationChange c) {
    if (c == null) {
      throw new BadRequestException("A body with the organisation's facts is required");
    }
    OrganisationDetails created =
        organisations.register(c.toData(null), LoginSession.address(request));
    return Response.status(201).entity(created).build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit the organisation (its admins)")
  @APIResponse(responseCode = "409", description = "someone else changed it since 'version'")
  public OrganisationDetails update(@PathParam("slug") String slug, OrganisationChange c) {
    if (c == null) {
      throw new BadRequestException("A body with the organisation's facts is required");
    }
    return organisations.update(slug, c.toData(slug), c.version());
  }

  @POST
  @Path("{slug}/join-requests")
  @Operation(summary = "Ask to join the organisation")
  public Response requestToJoin(@PathParam("slug") String slug) {
    MyMembership m = memberships.requestToJoin(slug, LoginSession.address(request));
    return Response.status(201).entity(m).build();
  }

  @GET
  @Path("{slug}/members")
  @Operation(summary = "Members, or with status=requested the join requests (its admins)")
  public List<MemberView> members(
      @PathParam("slug") String slug, @QueryParam("status") String status) {
    return memberships.members(slug, parse(MembershipStatus.class, status, "active"));
  }

  @POST
  @Path("{slug}/members/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve a join request with a role (member, editor or admin)")
  public MemberView approve(
      @PathParam("slug") String slug, @PathParam("id") long id, RoleBody body) {
    MembershipRole role = parse(MembershipRole.class, body == null ? null : body.role(), "member");
    return memberships.approve(slug, id, role, LoginSession.address(request));
  }

  @POST
  @Path("{slug}/members/{id}/refusal")
  @Operation(summary = "Refuse a join request")
  public MemberView refuse(@PathParam("slug") String slug, @PathParam("id") long id) {
    return memberships.refuse(slug, id, LoginSession.address(request));
  }

  @PUT
  @Path("{slug}/members/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a member's role")
  public MemberView changeRole(
      @PathParam("slug") String slug, @PathParam("id") long id, RoleBody body) {
    MembershipRole role = parse(MembershipRole.class, body == null ? null : body.role(), null);
    return memberships.changeRole(slug, id, role, LoginSession.address(request));
  }

  @DELETE
  @Path("{slug}/members/{id}")
  @Operation(summary = "Remove a member")
  public Response remove(@PathParam("slug") String slug, @PathParam("id") long id) {
    memberships.removeMember(slug, id, LoginSession.address(request));
    return Response.noContent().build();
  }

  static <E extends Enum<E>> E parse(Class<E> type, String raw, String fallback) {
    String value = raw == null || raw.isBlank() ? fallback : raw;
    if (value == null) {
      throw new BadRequestException(type.getSimpleName() + " is required");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("'" + raw + "' is not a valid " + type.getSimpleName());
    }
  }
}
