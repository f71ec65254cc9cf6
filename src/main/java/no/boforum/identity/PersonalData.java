package no.boforum.identity;

/**
 * What a feature keeps about a person, for "download my data": a CDI bean that {@link
 * ProfileService#export} finds and asks. Its part appears under {@link #section()}. (Deleting is
 * the other half: observe {@link AccountDeleted}.)
 */
public interface PersonalData {
  /** The name of the part in the export, for example {@code eventRegistrations}. */
  String section();

  /** What the feature keeps about the person, as JSON-ready values (records, lists, maps). */
  Object of(long userId);
}
