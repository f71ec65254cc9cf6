package no.boforum.opendata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.boforum.event.opendata.EventDataset;
import no.boforum.identity.opendata.OrganisationDataset;
import no.boforum.matching.opendata.PostingDataset;
import no.boforum.opendata.OpenDataset;
import no.boforum.practice.opendata.AdoptionDataset;
import no.boforum.practice.opendata.PracticeDataset;
import org.junit.jupiter.api.Test;

/** The catalogue describes exactly the kinds the export holds (keys with '-', files with '_'). */
class CatalogMatchesExportTest {
  @Test
  void everyExportedKindIsInTheCatalogueAndNoOther() {
    Set<String> exported =
        Stream.<OpenDataset>of(
                new PracticeDataset(),
                new AdoptionDataset(),
                new OrganisationDataset(),
                new EventDataset(),
                new PostingDataset())
            .map(d -> d.shape().name())
            .collect(Collectors.toSet());
    Set<String> described =
        CatalogDataset.all().stream()
            .filter(CatalogDataset::exported)
            .map(d -> d.key().replace('-', '_'))
            .collect(Collectors.toSet());
    assertEquals(exported, described);
  }
}
