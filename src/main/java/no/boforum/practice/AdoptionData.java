package no.boforum.practice;

import java.time.LocalDate;

/** What an organisation reports of its adoption of a practice. */
public record AdoptionData(
    Long organisationId,
    String municipality,
    LocalDate startedOn,
    AdoptionStatus status,
    String note) {}
