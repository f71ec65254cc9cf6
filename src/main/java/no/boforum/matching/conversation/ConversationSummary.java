package no.boforum.matching.conversation;

import java.time.LocalDateTime;
import no.boforum.identity.OrganisationRef;

/**
 * A conversation in a list: about which posting, with which organisation (the one that got in
 * touch), when it was last written in, and whether it is flagged.
 */
public record ConversationSummary(
    long id,
    String path,
    long postingId,
    String postingTitle,
    OrganisationRef owner,
    OrganisationRef writer,
    LocalDateTime lastMessageAt,
    boolean flagged,
    LocalDateTime flaggedAt,
    String flagReason) {}
