package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.LoginSession;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Profile;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Paging;

/** {@code /admin/users}: find users by name or email and set their global roles. */
@Named
@RequestScoped
public class AdminUsersView {
  static final int PAGE_SIZE = 25;

  @Inject ProfileService profiles;
  private String q;
  private int page = 1;
  private int pages = 1;
  private List<Profile> items;
  private long total;

  /** The checked roles per user id: filled for display, written back by the form. */
  private final Map<Long, List<String>> roles = new HashMap<>();

  /** Loads the list before the form is decoded (see {@link AdminOrganisationsView#load}). */
  @PostConstruct
  void load() {
    q = FacesMessages.request().getParameter("q");
    page = Paging.pageParameter(FacesMessages.request().getParameter("page"));
    total = profiles.count(q);
    Paging paging = Paging.of(page, total, PAGE_SIZE);
    page = paging.page();
    pages = paging.pages();
    items = profiles.search(q, paging.offset(), PAGE_SIZE);
    items.forEach(p -> roles.put(p.id(), p.roles().stream().map(Enum::name).toList()));
  }

  public String saveRoles(long userId, String name) {
    List<String> checked = roles.get(userId);
    Set<GlobalRole> chosen = EnumSet.noneOf(GlobalRole.class);
    if (checked != null) {
      checked.forEach(r -> chosen.add(GlobalRole.valueOf(r)));
    }
    try {
      profiles.setRoles(userId, chosen, LoginSession.address(FacesMessages.request()));
      FacesMessages.flash("admin.users.saved", name);
      return "/admin/users?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.error(null, p.messageKey());
      return null;
    }
  }

  /** This page's address with another page number, keeping the search. */
  public String pageLink(int n) {
    return "?page=" + n + (q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  public List<GlobalRole> getAllRoles() {
    return List.of(GlobalRole.values());
  }

  public Map<Long, List<String>> getRoles() {
    return roles;
  }

  public int getPages() {
    return pages;
  }

  public List<Profile> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public String getQ() {
    return q;
  }

  public int getPage() {
    return page;
  }
}
