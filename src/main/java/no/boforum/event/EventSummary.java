package no.boforum.event;

import java.time.OffsetDateTime;
import java.util.List;
import no.boforum.identity.OrganisationRef;

/**
 * An event as lists show it. Times carry Oslo's offset on the day.
 *
 * @param municipality a municipality code, or null for an event only online
 */
public record EventSummary(
    String slug,
    String title,
    String summary,
    EventState state,
    EventFormat format,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String municipality,
    OrganisationRef host,
    List<String> themes,
    boolean illustrative) {}
