package no.boforum.opendata;

import java.util.List;

/**
 * One kind of public content in the open-data export, contributed by its feature as a CDI bean: its
 * shape (which also writes the export's README) and its public records, a page at a time. Never a
 * draft, a person's name or contact details, a conversation or a participant; never an illustrative
 * (invented) example. What is public is decided in the dataset's query, so that a page of fewer
 * than {@code limit} records means there are no more.
 */
public interface OpenDataset {
  DatasetShape shape();

  /**
   * The public records whose id is above {@code afterId}, in id order, at most {@code limit}: each
   * with a value (or null) for every field.
   */
  List<OpenRecord> after(long afterId, int limit, ExportContext context);
}
