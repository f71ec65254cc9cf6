package no.boforum.event;

import java.time.OffsetDateTime;

/**
 * A registration as the event's hosts see it: with the person's name, never shown to anyone else.
 *
 * @param tableGroup the mixed table group, once the host has made them
 */
public record Participant(
    long registrationId,
    String name,
    String organisation,
    RegisteredAs registeredAs,
    String sector,
    RegistrationStatus status,
    String seatGroup,
    String code,
    OffsetDateTime registeredAt,
    OffsetDateTime checkedInAt,
    Integer tableGroup,
    Registration.Answers answers) {}
