package no.boforum.testsupport;

import jakarta.persistence.EntityManager;

/**
 * In the container: the id of an organisation that a client-side step made with {@link
 * Organisations}, found by the name it was given (the fixture adds a suffix unique in the run, so
 * the newest with that name is the one this run made).
 */
public final class OrganisationIds {
  private OrganisationIds() {}

  public static long newestNamed(EntityManager em, String name) {
    return em.createQuery(
            "SELECT o.id FROM Organisation o WHERE o.name LIKE :n ORDER BY o.id DESC", Long.class)
        .setParameter("n", name + " %")
        .setMaxResults(1)
        .getSingleResult();
  }
}
