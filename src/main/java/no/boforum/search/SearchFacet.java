package no.boforum.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.boforum.platform.text.Messages;

/**
 * A facet of the search, contributed by a kind: the address parameter it is chosen by, the keyword
 * field it counts, and how its codes read in a language. Its title is the bundle key {@code
 * facet.<parameter>}. {@code order} sorts its values (null: by count, as the index gives them).
 */
public record SearchFacet(String parameter, String field, Labels labels, Comparator<String> order) {

  /** The type facet: which kind of content a hit is. Shown once there is more than one kind. */
  public static final String TYPE = "type";

  public SearchFacet(String parameter, String field, Labels labels) {
    this(parameter, field, labels, null);
  }

  /** How a facet's codes read; some facets also offer their terms as suggestions while typing. */
  public interface Labels {
    /** The label of a code in a language; the code itself when it is not one we know. */
    String label(String code, Locale locale);

    /** The facet's terms as suggestions while typing (code, label); none by default. */
    default List<Term> suggestible(Locale locale) {
      return List.of();
    }

    /** Labels from the bundles: {@code prefix + code}, the code itself when the key is missing. */
    static Labels bundle(String prefix) {
      return (code, locale) -> {
        String key = prefix + code;
        String text = Messages.format(locale, key);
        return text.equals(key) ? code : text;
      };
    }
  }

  /** A code and its label. */
  public record Term(String code, String label) {}

  /** The bundle key of the facet's title. */
  public String titleKey() {
    return "facet." + parameter;
  }

  public String label(String code, Locale locale) {
    return labels.label(code, locale);
  }
}
