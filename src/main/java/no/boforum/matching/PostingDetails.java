package no.boforum.matching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.OrganisationRef;

/**
 * A need or an offer as pages, the API and search show it: all of it is public. Codes of the
 * taxonomies (views look up their labels); {@code counties} are the county and the counties of the
 * municipalities, for filtering; none at all means the whole country.
 *
 * @param organisationActorType the kind of actor the posting organisation is
 * @param path the page's address relative to the portal's root
 */
public record PostingDetails(
    long id,
    String path,
    Side side,
    PostingState state,
    String title,
    String body,
    OrganisationRef organisation,
    String organisationActorType,
    List<String> targetGroups,
    List<String> themes,
    List<String> municipalities,
    String county,
    List<String> counties,
    LocalDate neededBy,
    List<String> actorTypes,
    List<String> funding,
    List<String> procurementRoutes,
    String capacity,
    List<PracticeRef> practices,
    LocalDate expiresOn,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    long version) {

  /** A practice an offer builds on, as its page links it. */
  public record PracticeRef(String slug, String title) {}
}
