package no.boforum.practice;

import java.time.LocalDate;
import no.boforum.identity.OrganisationRef;

/** An adoption as the practice page and the API show it. */
public record AdoptionView(
    long id,
    OrganisationRef organisation,
    String municipality,
    String county,
    LocalDate startedOn,
    AdoptionStatus status,
    String note,
    long version) {}
