package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.identity.IdentityAction;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TaxonomyEditing;
import no.boforum.taxonomy.Term;

/**
 * {@code /admin/taxonomies?taxonomy=theme}: an administrator relabels the terms of a taxonomy in
 * the three languages and adds new ones. The rows are loaded in {@code @PostConstruct} from the
 * request's {@code taxonomy} parameter, so that each row's button acts on the row it was shown in.
 */
@Named
@RequestScoped
public class AdminTaxonomiesView {
  /** One term as the table edits it. */
  public static class Row {
    private final String code;
    private final String parent;
    private String nb;
    private String nn;
    private String en;

    boolean matches(String needle) {
      return java.util.stream.Stream.of(code, nb, nn, en)
          .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle));
    }

    Row(String code, String parent, String nb, String nn, String en) {
      this.code = code;
      this.parent = parent;
      this.nb = nb;
      this.nn = nn;
      this.en = en;
    }

    public String getCode() {
      return code;
    }

    public String getParent() {
      return parent;
    }

    public String getNb() {
      return nb;
    }

    public void setNb(String nb) {
      this.nb = nb;
    }

    public String getNn() {
      return nn;
    }

    public void setNn(String nn) {
      this.nn = nn;
    }

    public String getEn() {
      return en;
    }

    public void setEn(String en) {
      this.en = en;
    }
  }

  @Inject TaxonomyEditing editing;
  @Inject Taxonomies taxonomies;
  @Inject Authorization authorization;
  @Inject Language language;
  private List<String> names;
  private String taxonomy;
  private List<Row> rows = List.of();
  private final Row added = new Row(null, null, null, null, null);
  private String code;
  private String parent;
  private String query = "";
  private Map<String, String> countyNames;

  @PostConstruct
  void load() {
    names = editing.names();
    String asked = FacesMessages.request().getParameter("taxonomy");
    taxonomy = names.contains(asked) ? asked : names.isEmpty() ? null : names.get(0);
    if (taxonomy == null) {
      return;
    }
    Map<String, String> nn = labels("nn");
    Map<String, String> en = labels("en");
    String q = FacesMessages.request().getParameter("q");
    query = q == null ? "" : q.strip();
    String needle = query.toLowerCase(Locale.ROOT);
    rows =
        taxonomies.terms(taxonomy, "nb").stream()
            .map(t -> new Row(t.code(), t.parent(), t.label(), nn.get(t.code()), en.get(t.code())))
            .filter(r -> needle.isEmpty() || r.matches(needle))
            .toList();
  }

  private Map<String, String> labels(String lang) {
    return taxonomies.terms(taxonomy, lang).stream()
        .collect(Collectors.toMap(Term::code, Term::label, (a, b) -> a));
  }

  /** Saves one row's labels; a problem is shown beside the label in that row's form. */
  public String relabel(Row row, int index) {
    try {
      authorization.require(IdentityAction.EDIT_TAXONOMIES);
      editing.relabel(taxonomy, row.code, row.nb, row.nn, row.en);
      FacesMessages.flash("admin.taxonomies.saved", row.code);
      return redirect();
    } catch (InputProblem p) {
      show("terms:" + index + ":row", p);
    } catch (AccessDeniedException e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  public String add() {
    try {
      authorization.require(IdentityAction.EDIT_TAXONOMIES);
      editing.add(taxonomy, code, added.nb, added.nn, added.en, parent);
      FacesMessages.flash("admin.taxonomies.added", code);
      return redirect();
    } catch (InputProblem p) {
      show("add", p);
    } catch (AccessDeniedException e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  /** Beside the label it concerns; the code and the taxonomy have no input there, so on top. */
  private static void show(String formId, InputProblem p) {
    if (p.field().equals("code") && !formId.equals("add") || p.field().equals("taxonomy")) {
      FacesMessages.error(null, p.messageKey(), p.arguments());
    } else {
      FacesMessages.show(formId, p);
    }
  }

  private String redirect() {
    return "/admin/taxonomies?faces-redirect=true&taxonomy="
        + taxonomy
        + "&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** The words the list is narrowed to (code or any label containing them), or empty. */
  public String getQuery() {
    return query;
  }

  /** Municipalities belong to a county: the add form asks for it. */
  public boolean isNeedsParent() {
    return Taxonomies.MUNICIPALITY.equals(taxonomy);
  }

  public List<Term> getCounties() {
    return taxonomies.terms(Taxonomies.COUNTY, language.getTag());
  }

  /** The county names by code, for the municipality rows. */
  public Map<String, String> getCountyNames() {
    if (countyNames == null) {
      countyNames = getCounties().stream().collect(Collectors.toMap(Term::code, Term::label));
    }
    return countyNames;
  }

  public List<String> getNames() {
    return names;
  }

  public String getTaxonomy() {
    return taxonomy;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Row getAdded() {
    return added;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }
}
