package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.LoginSession;
import no.boforum.identity.MemberView;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.MembershipService;
import no.boforum.identity.MembershipStatus;
import no.boforum.identity.MyMembership;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /my/organisations}: the caller's organisations and requests; for organisations where the
 * caller is admin, the join requests to answer and the members to manage.
 */
@Named
@RequestScoped
public class MyOrganisationsView {
  /** An organisation the caller manages, with its requests and members. */
  public record Managed(
      MyMembership organisation, List<MemberView> requests, List<MemberView> members) {}

  @Inject MembershipService membershipService;
  @Inject CurrentCaller caller;
  private List<MyMembership> memberships;
  private List<Managed> managed;

  public List<MyMembership> getMemberships() {
    if (memberships == null) {
      memberships = membershipService.membershipsOf(caller.get().userId());
    }
    return memberships;
  }

  public List<Managed> getManaged() {
    if (managed == null) {
      managed = new ArrayList<>();
      for (MyMembership m : getMemberships()) {
        if (m.status() == MembershipStatus.ACTIVE && m.role() == MembershipRole.ADMIN) {
          String slug = m.organisationSlug();
          List<MemberView> members = membershipService.members(slug, MembershipStatus.ACTIVE);
          members.forEach(
              member -> chosenRole.putIfAbsent(member.membershipId(), member.role().name()));
          managed.add(
              new Managed(m, membershipService.members(slug, MembershipStatus.REQUESTED), members));
        }
      }
    }
    return managed;
  }

  public List<MembershipRole> getRoles() {
    return List.of(MembershipRole.values());
  }

  /** The role chosen per membership id: filled for display, written back by the forms. */
  private final Map<Long, String> chosenRole = new HashMap<>();

  public Map<Long, String> getChosenRole() {
    return chosenRole;
  }

  private MembershipRole chosen(long membershipId) {
    return MembershipRole.valueOf(chosenRole.getOrDefault(membershipId, "MEMBER"));
  }

  public String approve(String slug, long membershipId, String name) {
    return act(
        () -> membershipService.approve(slug, membershipId, chosen(membershipId), address()),
        "membership.approved",
        name);
  }

  public String refuse(String slug, long membershipId, String name) {
    return act(
        () -> membershipService.refuse(slug, membershipId, address()), "membership.refused", name);
  }

  public String changeRole(String slug, long membershipId, String name) {
    return act(
        () -> membershipService.changeRole(slug, membershipId, chosen(membershipId), address()),
        "membership.roleChanged",
        name);
  }

  public String remove(String slug, long membershipId, String name) {
    return act(
        () -> membershipService.removeMember(slug, membershipId, address()),
        "membership.removed",
        name);
  }

  private String act(Runnable action, String doneKey, String name) {
    try {
      action.run();
      FacesMessages.flash(doneKey, name);
      return "/my/organisations?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.error(null, p.messageKey());
      memberships = null;
      managed = null;
      return null;
    }
  }

  private static String address() {
    return LoginSession.address(FacesMessages.request());
  }
}
