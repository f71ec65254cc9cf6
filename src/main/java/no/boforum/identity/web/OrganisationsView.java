package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.Paging;
import no.boforum.taxonomy.Taxonomies;

/** {@code /organisations}: every organisation by name, a page at a time. */
@Named
@RequestScoped
public class OrganisationsView {
  static final int PAGE_SIZE = 25;

  @Inject OrganisationService organisations;
  @Inject Taxonomies taxonomies;
  @Inject Language language;
  private int page = 1;
  private int pages = 1;
  private List<OrganisationDetails> items;
  private long total;

  public void load() {
    total = organisations.count(null);
    Paging paging = Paging.of(page, total, PAGE_SIZE);
    page = paging.page();
    pages = paging.pages();
    items = organisations.list(null, paging.offset(), PAGE_SIZE);
  }

  public String actorType(String code) {
    return taxonomies.label(Taxonomies.ACTOR_TYPE, code, language.getTag());
  }

  /** This list's address at another page. */
  public String pageLink(int n) {
    return "?page=" + n;
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

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
