package no.boforum.event;

import java.util.List;
import no.boforum.event.ClosingReport.FindingView;

/**
 * Where a finding can lead in another feature: a CDI bean of that feature answers the links to show
 * under a finding on the forum's page (for the caller of the request), so that events import none
 * of them.
 */
public interface FindingLinks {
  /** A link: its text's message key and its address from the portal's root. */
  record Link(String labelKey, String path) {}

  List<Link> of(FindingView finding);
}
