package no.boforum.identity;

import java.time.LocalDateTime;

/** One event of the security log as the API, the log page and a data export show it. */
public record AuditEntry(
    Long id,
    LocalDateTime occurredAt,
    AuditEvent.Type type,
    Long actorId,
    Long subjectUserId,
    Long organisationId,
    String address,
    String detail) {
  static AuditEntry of(AuditEvent e) {
    return new AuditEntry(
        e.getId(),
        e.getOccurredAt(),
        e.getType(),
        e.getActorId(),
        e.getSubjectUserId(),
        e.getOrganisationId(),
        e.getAddress(),
        e.getDetail());
  }
}
