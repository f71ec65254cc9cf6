package no.boforum.testsupport;

import java.util.List;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;

/** Practice records for tests: the fewest facts a valid practice needs, in Bergen. */
public final class Practices {
  private Practices() {}

  public static PracticeData practice(String title, Long owner, List<String> themes) {
    return practice(title, "Ein **illustrerande** praksis laga av testane.", owner, themes);
  }

  public static PracticeData practice(String title, String body, Long owner, List<String> themes) {
    return new PracticeData(
        title,
        "Frivillige følgjer nye leigetakarar dei første nettene i ny bustad.",
        body,
        "nn",
        owner,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        themes,
        List.of("4601"),
        false,
        null,
        null,
        ActivityStatus.ACTIVE,
        EvidenceLevel.DESCRIBED,
        null,
        null,
        false,
        List.of(),
        null,
        null,
        null,
        List.of(),
        true);
  }

  public static PracticeData practice(String title) {
    return practice(title, null, List.of());
  }
}
