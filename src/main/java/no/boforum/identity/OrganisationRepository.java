package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of organisations and memberships. */
@ApplicationScoped
public class OrganisationRepository {
  @PersistenceContext EntityManager em;

  public Optional<Organisation> findBySlug(String slug) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.slug = :slug", Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The organisation at that address, or {@link UnknownOrganisationException}. */
  public Organisation requireBySlug(String slug) {
    return findBySlug(slug).orElseThrow(() -> new UnknownOrganisationException(slug));
  }

  public Optional<Organisation> findById(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public List<Organisation> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<Organisation> findByNumber(String orgNumber) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.orgNumber = :n", Organisation.class)
        .setParameter("n", orgNumber)
        .getResultStream()
        .findFirst();
  }

  /** A page by name; {@code changedSince} (UTC, null: any) keeps those changed after it. */
  public List<Organisation> findPage(
      Boolean verified, LocalDateTime changedSince, int offset, int limit) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE (:v IS NULL OR o.verified = :v)"
                + " AND (:since IS NULL OR o.updatedAt > :since) ORDER BY o.name, o.id",
            Organisation.class)
        .setParameter("v", verified)
        .setParameter("since", changedSince)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(Boolean verified, LocalDateTime changedSince) {
    return em.createQuery(
            "SELECT COUNT(o) FROM Organisation o WHERE (:v IS NULL OR o.verified = :v)"
                + " AND (:since IS NULL OR o.updatedAt > :since)",
            Long.class)
        .setParameter("v", verified)
        .setParameter("since", changedSince)
        .getSingleResult();
  }

  /** The latest change of any organisation (UTC); empty when there is none. */
  public Optional<LocalDateTime> lastChange() {
    return Optional.ofNullable(
        em.createQuery("SELECT MAX(o.updatedAt) FROM Organisation o", LocalDateTime.class)
            .getSingleResult());
  }

  /** Stores a new organisation or membership and flushes, so that its id is known. */
  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }

  /** Locks the organisation's row until the transaction ends. */
  public void lock(Organisation organisation) {
    em.lock(organisation, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }

  /** Organisations where the user is the only active admin. */
  public List<Organisation> soleAdminOf(long userId) {
    return em.createQuery(
            "SELECT m.organisation FROM Membership m WHERE m.user.id = :u AND m.role = :admin"
                + " AND m.status = :active AND NOT EXISTS (SELECT o FROM Membership o WHERE"
                + " o.organisation = m.organisation AND o.user.id <> :u AND o.role = :admin"
                + " AND o.status = :active)",
            Organisation.class)
        .setParameter("u", userId)
        .setParameter("admin", MembershipRole.ADMIN)
        .setParameter("active", MembershipStatus.ACTIVE)
        .getResultList();
  }

  public void remove(Membership membership) {
    em.remove(membership);
  }

  public Optional<Membership> findMembership(long membershipId) {
    return Optional.ofNullable(em.find(Membership.class, membershipId));
  }

  public Optional<Membership> findMembership(long userId, long organisationId) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.user.id = :u AND m.organisation.id = :o",
            Membership.class)
        .setParameter("u", userId)
        .setParameter("o", organisationId)
        .getResultStream()
        .findFirst();
  }

  public List<Membership> membershipsOf(long userId) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.user.id = :u ORDER BY m.organisation.name",
            Membership.class)
        .setParameter("u", userId)
        .getResultList();
  }

  public List<Membership> membersOf(long organisationId, MembershipStatus status) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.organisation.id = :o AND m.status = :s"
                + " ORDER BY m.requestedAt, m.id",
            Membership.class)
        .setParameter("o", organisationId)
        .setParameter("s", status)
        .getResultList();
  }

  public void removeMembershipsOf(long userId) {
    em.createQuery("DELETE FROM Membership m WHERE m.user.id = :u")
        .setParameter("u", userId)
        .executeUpdate();
  }
}
