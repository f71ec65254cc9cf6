package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of the parts a practice has beside its record: adoptions and attachments. */
@ApplicationScoped
public class PracticeParts {
  @PersistenceContext EntityManager em;

  /** The adoptions of several practices, in the order of one practice's list. */
  public List<Adoption> adoptions(Collection<Long> practiceIds) {
    if (practiceIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM Adoption a WHERE a.practiceId IN :p ORDER BY a.municipality, a.id",
            Adoption.class)
        .setParameter("p", practiceIds)
        .getResultList();
  }

  /** The attachments of several practices, oldest first. */
  public List<Attachment> attachments(Collection<Long> practiceIds) {
    if (practiceIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.practiceId IN :p ORDER BY a.createdAt, a.id",
            Attachment.class)
        .setParameter("p", practiceIds)
        .getResultList();
  }

  public List<Adoption> adoptions(long practiceId) {
    return em.createQuery(
            "SELECT a FROM Adoption a WHERE a.practiceId = :p ORDER BY a.municipality, a.id",
            Adoption.class)
        .setParameter("p", practiceId)
        .getResultList();
  }

  public Optional<Adoption> findAdoption(long id) {
    return Optional.ofNullable(em.find(Adoption.class, id));
  }

  /** Municipalities where the practice runs now. */
  public int runningIn(long practiceId) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT a.municipality) FROM Adoption a"
                + " WHERE a.practiceId = :p AND a.status = :s",
            Long.class)
        .setParameter("p", practiceId)
        .setParameter("s", AdoptionStatus.RUNNING)
        .getSingleResult()
        .intValue();
  }

  /** Removes the adoptions that came from a content file (no reporter), before importing anew. */
  public void removeSeedAdoptions(long practiceId) {
    em.createQuery("DELETE FROM Adoption a WHERE a.practiceId = :p AND a.reportedBy IS NULL")
        .setParameter("p", practiceId)
        .executeUpdate();
  }

  public Optional<Attachment> findAttachment(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }
}
