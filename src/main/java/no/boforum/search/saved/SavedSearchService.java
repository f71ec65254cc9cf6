package no.boforum.search.saved;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.identity.AccountDeleted;
import no.boforum.platform.InputProblem;
import no.boforum.platform.pagecache.PageCache;
import no.boforum.search.SearchKinds;

/**
 * A user's saved searches. Every use case names the user it acts for (the caller, checked by the
 * page or resource); another user's search is treated as one that does not exist.
 */
@ApplicationScoped
public class SavedSearchService {
  /** Enough for anyone who follows topics; a limit keeps the daily run bounded. */
  public static final int MAX_PER_USER = 50;

  @PersistenceContext EntityManager em;
  @Inject SearchKinds kinds;
  @Inject PageCache pages;
  Clock clock = Clock.systemUTC();

  /** A deleted account's saved searches go with it, in the deleting transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  void onAccountDeleted(@Observes AccountDeleted deleted) {
    em.createQuery("DELETE FROM SavedSearch s WHERE s.userId = :u")
        .setParameter("u", deleted.userId())
        .executeUpdate();
  }

  @Transactional
  public SavedSearchSummary save(long userId, String name, String queryString) {
    pages.changesNoPage();
    String cleanName = SavedSearchValidator.name(name);
    String query = SavedSearchValidator.queryString(queryString, kinds.facetParameters());
    List<SavedSearch> mine = mine(userId);
    if (mine.size() >= MAX_PER_USER) {
      throw new InputProblem("name", "savedSearch.limit", MAX_PER_USER);
    }
    for (SavedSearch s : mine) {
      if (s.getQueryString().equals(query)) {
        throw new InputProblem("name", "savedSearch.exists", s.getName());
      }
    }
    SavedSearch saved = new SavedSearch(userId, cleanName, query, LocalDateTime.now(clock));
    em.persist(saved);
    em.flush(); // the id comes from the database
    return SavedSearchSummary.of(saved);
  }

  /** The user's saved searches, newest first. */
  @Transactional
  public List<SavedSearchSummary> list(long userId) {
    return mine(userId).stream().map(SavedSearchSummary::of).toList();
  }

  /** Renames and/or turns the alert on or off; a null leaves that part as it is. */
  @Transactional
  public SavedSearchSummary update(long userId, long id, String name, Boolean alert) {
    pages.changesNoPage();
    SavedSearch s = own(userId, id);
    if (name != null) {
      s.rename(SavedSearchValidator.name(name));
    }
    if (alert != null) {
      s.setAlert(alert, LocalDateTime.now(clock));
    }
    return SavedSearchSummary.of(s);
  }

  /** Deletes the saved search; returns it as it was. */
  @Transactional
  public SavedSearchSummary delete(long userId, long id) {
    pages.changesNoPage();
    SavedSearch s = own(userId, id);
    em.remove(s);
    return SavedSearchSummary.of(s);
  }

  private List<SavedSearch> mine(long userId) {
    return em.createQuery(
            "SELECT s FROM SavedSearch s WHERE s.userId = :u ORDER BY s.createdAt DESC, s.id DESC",
            SavedSearch.class)
        .setParameter("u", userId)
        .getResultList();
  }

  private SavedSearch own(long userId, long id) {
    SavedSearch s = em.find(SavedSearch.class, id);
    if (s == null || s.getUserId() != userId) {
      throw new UnknownSavedSearchException(id);
    }
    return s;
  }
}
