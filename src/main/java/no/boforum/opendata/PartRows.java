package no.boforum.opendata;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;

/** The rows of a table of records' parts (terms, co-hosts...) for one page of records at once. */
public final class PartRows {
  private PartRows() {}

  /**
   * Runs {@code select} (a native query without WHERE) for the records whose ids are in {@code
   * ids}, matched on {@code idColumn}, in {@code order}; each row an {@code Object[]}.
   */
  public static List<Object[]> of(
      EntityManager em, String select, String idColumn, String order, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Query q =
        em.createNativeQuery(
            select
                + " WHERE "
                + idColumn
                + " IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ") ORDER BY "
                + order);
    for (int i = 0; i < ids.size(); i++) {
      q.setParameter(i + 1, ids.get(i));
    }
    return ((List<?>) q.getResultList()).stream().map(r -> (Object[]) r).toList();
  }
}
