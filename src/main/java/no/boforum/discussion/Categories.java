package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Keeps the categories as their file lists them: added and relabelled, never deleted. */
@ApplicationScoped
public class Categories {
  /** A category as the file gives it. */
  public record Entry(String code, String nb, String nn, String en) {}

  @Inject DiscussionRepository repository;

  /** Saves the categories in the order given; answers how many were new or changed. */
  @Transactional
  public int save(List<Entry> entries) {
    int position = 0;
    int changed = 0;
    for (Entry e : entries) {
      Optional<Category> found = repository.category(e.code());
      Category c = found.orElseGet(() -> new Category(e.code()));
      if (c.relabel(position++, e.nb(), e.nn(), e.en())) {
        changed++;
      }
      if (found.isEmpty()) {
        repository.persist(c);
      }
    }
    return changed;
  }
}
