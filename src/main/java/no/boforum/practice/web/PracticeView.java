package no.boforum.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.MembershipRole;
import no.boforum.platform.pagecache.PageCache;
import no.boforum.platform.web.FacesMessages;
import no.boforum.practice.AdoptionView;
import no.boforum.practice.PracticeAccess;
import no.boforum.practice.PracticeChanges;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeMentions;
import no.boforum.practice.PracticeMentions.Mention;
import no.boforum.practice.PracticePage;
import no.boforum.practice.PracticeSections;
import no.boforum.practice.PracticeSections.Section;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeWorkflow;
import no.boforum.practice.PracticeWorkflow.Rights;
import no.boforum.practice.PracticeWorkflow.Transition;
import no.boforum.practice.attachment.AttachmentRefused;
import no.boforum.practice.attachment.AttachmentStorage;
import no.boforum.taxonomy.Taxonomies;

/**
 * Backs {@code practice.xhtml}, reached as {@code /practices/<slug>}. The practice is read in
 * {@code @PostConstruct} from the {@code slug} parameter (the address on a GET, a hidden field on
 * the page's forms), so that the page renders again after a form on it fails.
 */
@Named("practiceView")
@RequestScoped
public class PracticeView {
  /** One county's row in the spread chart: how many municipalities there, as a bar's width. */
  public record CountyBar(String county, long municipalities, int percent) {}

  @Inject PracticeService practices;
  @Inject PracticeAccess access;
  @Inject PracticeLabels labels;
  @Inject CurrentCaller caller;
  @Inject Instance<PracticeMentions> mentionSources;
  @Inject Instance<PracticeSections> sectionSources;

  private String slug;
  private PracticeDetails practice;
  private Rights rights = Rights.NONE;
  private String bodyHtml;
  private String outcomesHtml;
  private List<Mention> mentions;
  private List<Section> sections;

  @PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    PracticePage page = slug == null ? null : practices.page(slug).orElse(null);
    if (page != null) {
      practice = page.details();
      PageCache.itemPage(FacesMessages.request(), PracticeChanges.KIND, practice.slug());
      rights = access.rights(practice.owner() == null ? null : practice.owner().id());
      bodyHtml = page.bodyHtml();
      outcomesHtml = page.outcomesHtml();
    }
  }

  /**
   * The forums (and later other places) where the practice was discussed, newest first; asked of
   * the contributing features once per request.
   */
  public List<Mention> getMentions() {
    if (mentions == null) {
      List<Mention> all = new ArrayList<>();
      if (practice != null) {
        for (PracticeMentions source : mentionSources) {
          all.addAll(source.of(practice.slug()));
        }
      }
      all.sort(
          Comparator.comparing(Mention::date, Comparator.nullsLast(Comparator.naturalOrder()))
              .reversed());
      mentions = all;
    }
    return mentions;
  }

  /**
   * The sections other features add (open offers that build on it), those with items, asked once
   * per request; only for a published practice.
   */
  public List<Section> getSections() {
    if (sections == null) {
      List<Section> all = new ArrayList<>();
      if (practice != null && practice.state() == PracticeState.PUBLISHED) {
        for (PracticeSections source : sectionSources) {
          Section s = source.of(practice.slug());
          if (s != null && !s.items().isEmpty()) {
            all.add(s);
          }
        }
      }
      all.sort(Comparator.comparing(Section::id));
      sections = all;
    }
    return sections;
  }

  /** The view action: an unknown practice, or one the caller may not see, is a 404. */
  public void load() throws IOException {
    if (practice == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
      return;
    }
    if (UploadLimitFilter.TOO_LARGE.equals(FacesMessages.request().getParameter("upload"))) {
      FacesMessages.error(
          AttachmentFormView.FORM + ":" + AttachmentRefused.FIELD,
          AttachmentRefused.tooLarge(AttachmentStorage.MAX_BYTES).messageKey(),
          AttachmentRefused.tooLarge(AttachmentStorage.MAX_BYTES).arguments());
    }
  }

  /** Municipalities that took the practice up, counted per county, largest first. */
  public List<CountyBar> getCountyBars() {
    Map<String, Set<String>> byCounty =
        practice.adoptions().stream()
            .filter(a -> a.county() != null)
            .collect(
                Collectors.groupingBy(
                    AdoptionView::county,
                    Collectors.mapping(AdoptionView::municipality, Collectors.toSet())));
    int max = byCounty.values().stream().mapToInt(Set::size).max().orElse(1);
    return byCounty.entrySet().stream()
        .map(
            e ->
                new CountyBar(
                    labels.term(Taxonomies.COUNTY, e.getKey()),
                    e.getValue().size(),
                    Math.round(100f * e.getValue().size() / max)))
        .sorted(Comparator.comparing(CountyBar::municipalities).reversed())
        .toList();
  }

  /** The moves the caller may make from the present state, in the workflow's order. */
  public List<Transition> getTransitions() {
    return practice == null
        ? List.of()
        : List.copyOf(PracticeWorkflow.available(practice.state(), rights));
  }

  /** Moves that take a published practice away, or publish it, ask to be confirmed. */
  public boolean confirms(Transition t) {
    return t != Transition.SUBMIT;
  }

  public boolean isMayEdit() {
    return practice != null && PracticeWorkflow.mayEdit(practice.state(), rights);
  }

  /** Members of the owner, its editors and reviewers: they see the history and the workflow. */
  public boolean isInsider() {
    return rights.member() || rights.editor() || rights.reviewer();
  }

  public boolean isPublished() {
    return practice != null && practice.state() == PracticeState.PUBLISHED;
  }

  /** An adoption is taken off by its organisation's editors or by a reviewer. */
  public boolean mayRemove(AdoptionView a) {
    return rights.reviewer()
        || a.organisation() != null
            && caller.get().holds(MembershipRole.EDITOR, a.organisation().id());
  }

  /** A municipality of an adoption as "Bergen (Vestland)". */
  public String where(AdoptionView a) {
    return labels.place(a.municipality());
  }

  public boolean isHasContact() {
    var c = practice.contact();
    return Objects.nonNull(c.name())
        || Objects.nonNull(c.role())
        || Objects.nonNull(c.email())
        || Objects.nonNull(c.phone());
  }

  public String getSlug() {
    return slug;
  }

  public PracticeDetails getPractice() {
    return practice;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getOutcomesHtml() {
    return outcomesHtml;
  }
}
