package no.boforum.event;

import java.time.OffsetDateTime;

/**
 * A person's own registration as they see it: where they stand, their place in line, their code for
 * check-in, and the join link once they have a seat at a digital event.
 *
 * @param placeInLine 1 for next in line; null unless waiting
 * @param joinLink only for a confirmed registration
 */
public record MyRegistration(
    String eventSlug,
    String eventTitle,
    OffsetDateTime startsAt,
    EventState eventState,
    RegistrationStatus status,
    Long placeInLine,
    String code,
    OffsetDateTime offerExpiresAt,
    String seatGroup,
    RegisteredAs registeredAs,
    String organisationName,
    String sector,
    String joinLink,
    Integer tableGroup,
    Registration.Answers answers) {}
