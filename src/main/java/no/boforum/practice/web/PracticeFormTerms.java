package no.boforum.practice.web;

import java.util.ArrayList;
import java.util.List;
import no.boforum.practice.PracticeData;

/**
 * The many-valued part of the practice form: partners, classifications, places and links. Kept
 * apart from {@link PracticeForm} so that each stays readable.
 */
public class PracticeFormTerms {
  /** Links offered on the form; the validator allows more, the form asks for no more than this. */
  static final int LINK_ROWS = 5;

  /** One link row of the form, editable in place. */
  public static class LinkRow {
    private String url;
    private String label;

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  private List<Long> partners = new ArrayList<>();
  private List<String> actorTypes = new ArrayList<>();
  private List<String> voluntaryRoles = new ArrayList<>();
  private List<String> targetGroups = new ArrayList<>();
  private List<String> themes = new ArrayList<>();
  private List<String> funding = new ArrayList<>();
  private List<String> places = new ArrayList<>();
  private boolean national;
  private final List<LinkRow> links = new ArrayList<>();

  PracticeFormTerms() {
    while (links.size() < LINK_ROWS) {
      links.add(new LinkRow());
    }
  }

  void fill(PracticeData d) {
    partners = new ArrayList<>(d.partnerOrganisationIds());
    actorTypes = new ArrayList<>(d.actorTypes());
    voluntaryRoles = new ArrayList<>(d.voluntaryRoles());
    targetGroups = new ArrayList<>(d.targetGroups());
    themes = new ArrayList<>(d.themes());
    funding = new ArrayList<>(d.funding());
    places = new ArrayList<>(d.places());
    national = d.national();
    links.clear();
    for (PracticeData.Link link : d.links()) {
      LinkRow row = new LinkRow();
      row.url = link.url();
      row.label = link.label();
      links.add(row);
    }
    while (links.size() < LINK_ROWS) {
      links.add(new LinkRow());
    }
  }

  /** The filled link rows; empty rows are dropped by the validator. */
  List<PracticeData.Link> linkData() {
    return links.stream().map(r -> new PracticeData.Link(r.url, r.label)).toList();
  }

  public List<Long> getPartners() {
    return partners;
  }

  public void setPartners(List<Long> partners) {
    this.partners = partners == null ? new ArrayList<>() : partners;
  }

  public List<String> getActorTypes() {
    return actorTypes;
  }

  public void setActorTypes(List<String> actorTypes) {
    this.actorTypes = actorTypes == null ? new ArrayList<>() : actorTypes;
  }

  public List<String> getVoluntaryRoles() {
    return voluntaryRoles;
  }

  public void setVoluntaryRoles(List<String> voluntaryRoles) {
    this.voluntaryRoles = voluntaryRoles == null ? new ArrayList<>() : voluntaryRoles;
  }

  public List<String> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<String> targetGroups) {
    this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes == null ? new ArrayList<>() : themes;
  }

  public List<String> getFunding() {
    return funding;
  }

  public void setFunding(List<String> funding) {
    this.funding = funding == null ? new ArrayList<>() : funding;
  }

  public List<String> getPlaces() {
    return places;
  }

  public void setPlaces(List<String> places) {
    this.places = places == null ? new ArrayList<>() : places;
  }

  public boolean isNational() {
    return national;
  }

  public void setNational(boolean national) {
    this.national = national;
  }

  public List<LinkRow> getLinks() {
    return links;
  }
}
