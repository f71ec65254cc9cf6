package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.identity.LoginSession;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Paging;

/** {@code /admin/organisations}: organisations waiting for verification first, then the rest. */
@Named
@RequestScoped
public class AdminOrganisationsView {
  static final int PAGE_SIZE = 50;

  @Inject OrganisationService organisations;
  private String show = "unverified";
  private int page = 1;
  private int pages = 1;
  private List<OrganisationDetails> items;
  private long total;

  /**
   * Loads the list before the form is decoded, from the request's own parameters (the address on a
   * GET, the form's hidden fields on a POST), so that a button acts on the row it was shown in.
   */
  @PostConstruct
  void load() {
    show = "all".equals(FacesMessages.request().getParameter("show")) ? "all" : "unverified";
    page = Paging.pageParameter(FacesMessages.request().getParameter("page"));
    Boolean verified = "all".equals(show) ? null : Boolean.FALSE;
    total = organisations.count(verified);
    Paging paging = Paging.of(page, total, PAGE_SIZE);
    page = paging.page();
    pages = paging.pages();
    items = organisations.list(verified, paging.offset(), PAGE_SIZE);
  }

  public String setVerified(String slug, String name, boolean verified) {
    organisations.setVerified(slug, verified, LoginSession.address(FacesMessages.request()));
    FacesMessages.flash(
        verified ? "admin.organisations.verifiedDone" : "admin.organisations.unverifiedDone", name);
    return "/admin/organisations?faces-redirect=true&show="
        + ("all".equals(show) ? "all" : "unverified");
  }

  /** This list's address at another page, keeping what it shows. */
  public String pageLink(int n) {
    return "?show=" + show + "&page=" + n;
  }

  public int getPages() {
    return pages;
  }

  public List<OrganisationDetails> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public String getShow() {
    return show;
  }

  public int getPage() {
    return page;
  }
}
