package no.boforum.event;

import java.util.List;
import no.boforum.event.EventDetails.PracticeLink;
import no.boforum.identity.OrganisationRef;

/**
 * What a closed forum reports, as anyone may read it: how many came (from check-ins), which
 * organisations and sectors were there, the host's report and the findings. No person's name.
 */
public record ClosingReport(
    long attended,
    List<OrganisationRef> organisations,
    List<SectorMix.SectorCount> sectors,
    String report,
    List<FindingView> findings) {

  /** A finding with its linked practices (published ones, with their titles). */
  public record FindingView(long id, FindingKind kind, String text, List<PracticeLink> practices) {}

  /** A finding as the host writes it. */
  public record FindingData(FindingKind kind, String text, List<String> practices) {
    public FindingData {
      practices =
          practices == null
              ? List.of()
              : practices.stream().filter(java.util.Objects::nonNull).toList();
    }
  }
}
