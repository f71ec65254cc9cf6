package no.boforum.opendata;

import java.util.List;
import java.util.Map;
import no.boforum.taxonomy.Taxonomies;

/**
 * What every dataset of one export shares: the labels of the classifications in nb, nn and en, read
 * once per export, and the portal's public address for links.
 */
public final class ExportContext {
  /** A label in the three languages, and the code of the parent term (a municipality's county). */
  public record Labels(String nb, String nn, String en, String parent) {}

  /** The fields of a classification value, for datasets' list fields. */
  public static final List<DataField> TERM_FIELDS =
      List.of(
          DataField.of("taxonomy", DataField.Type.CODE, "which classification (see below)"),
          DataField.of("code", DataField.Type.CODE, "the term's stable code"),
          DataField.of("label_nb", DataField.Type.TEXT, "the term in bokmål"),
          DataField.of("label_nn", DataField.Type.TEXT, "the term in nynorsk"),
          DataField.of("label_en", DataField.Type.TEXT, "the term in English"));

  /** The fields of a place value. */
  public static final List<DataField> PLACE_FIELDS =
      List.of(
          DataField.of(
              "code",
              DataField.Type.CODE,
              "the official number of the municipality (4 digits) or county (2 digits)"),
          DataField.of("kind", DataField.Type.CODE, "municipality or county"),
          DataField.of("name", DataField.Type.TEXT, "the place's name"),
          DataField.of(
              "county_code",
              DataField.Type.CODE,
              "the county of a municipality (its own for one)"));

  private final Map<String, Map<String, Labels>> labels;
  private final String publicUrl;

  public ExportContext(Map<String, Map<String, Labels>> labels, String publicUrl) {
    this.labels = labels;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** An absolute address of the portal, from a path starting with {@code /}. */
  public String url(String path) {
    return publicUrl + path;
  }

  /** A classification value with its labels (the code itself where the term is unknown). */
  public OpenRecord term(String taxonomy, String code) {
    Labels l = labels(taxonomy, code);
    return OpenRecord.of()
        .put("taxonomy", taxonomy)
        .put("code", code)
        .put("label_nb", l.nb())
        .put("label_nn", l.nn())
        .put("label_en", l.en());
  }

  public List<OpenRecord> terms(String taxonomy, List<String> codes) {
    return codes.stream().map(c -> term(taxonomy, c)).toList();
  }

  /** A municipality (four digits) or a county (two digits), named in bokmål. */
  public OpenRecord place(String code) {
    boolean county = code.length() == 2;
    Labels l = labels(county ? Taxonomies.COUNTY : Taxonomies.MUNICIPALITY, code);
    return OpenRecord.of()
        .put("code", code)
        .put("kind", county ? "county" : "municipality")
        .put("name", l.nb())
        .put("county_code", county ? code : l.parent());
  }

  public List<OpenRecord> places(List<String> codes) {
    return codes.stream().map(this::place).toList();
  }

  /** The bokmål name of a municipality or county code; null for none. */
  public String placeName(String code) {
    return code == null ? null : (String) place(code).get("name");
  }

  private Labels labels(String taxonomy, String code) {
    Labels l = labels.getOrDefault(taxonomy, Map.of()).get(code);
    return l != null ? l : new Labels(code, code, code, null);
  }
}
