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
 * @param confirmedAt when its owner last said it still stands (posting and editing say so too)
 * @param confirmBy the day it expires unless confirmed again, while it is current and that day
 *     comes before its expiry date; else null
 * @param adoption the practice whose adoption the done posting was recorded as, or null
 * @param fromFinding the forum finding the need was made from, or null
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
    long version,
    LocalDateTime confirmedAt,
    LocalDate confirmBy,
    PracticeRef adoption,
    FindingRef fromFinding) {

  /** A practice an offer builds on, as its page links it. */
  public record PracticeRef(String slug, String title) {}

  /** The forum a need came from: the event's address part and title. */
  public record FindingRef(String eventSlug, String eventTitle) {}
}
