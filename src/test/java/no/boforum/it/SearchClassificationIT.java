package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a practice is tagged with is searchable in words (issue 16): its target groups, themes and
 * evidence level in bokmål, nynorsk and English, and its places by name, a county's name finding
 * what lies in its municipalities; tagged ranks above mentioned in passing; compound words are
 * found written as one word or two; a missing ø is forgiven. The practices carry a combination of
 * codes that only they have, chosen as filters: filters do not change the order, so each test sees
 * the ranking of its own practices among themselves.
 */
class SearchClassificationIT {
  static final String ISOLATE =
      "&type=practice&funding=egeninntekt&voluntaryRole=smaskalafrivillighet"
          + "&actorType=forskningsmiljo";
  static String tagged;
  static String mentioned;
  static String compound;
  static String twoWords;

  @BeforeAll
  static void publishPractices() throws InterruptedException {
    Organisations.Organisation owner = Organisations.verified("Klassifisering kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("classification-editor", "Klasse", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    tagged =
        practice(owner, "Husvakt i Klassevik", "nb")
            .with("targetGroups", List.of("rusproblemer"))
            .with("themes", List.of("koordinering-frivillige"))
            .with("places", List.of("4601"))
            .with("evidenceLevel", "documented_effect")
            .with("body", "Vi finner et sted å bo og følger opp hver uke.")
            .published(editor);
    mentioned =
        practice(owner, "Husvakt i Klassefjord", "nb")
            .with("targetGroups", List.of("eldre"))
            .with("themes", List.of("samarbeid-samskaping"))
            .with("evidenceLevel", "idea_pilot")
            .with(
                "body",
                "Vi finner et sted å bo for eldre, og noen av dem har også rusproblemer."
                    + " Dokumentert effekt er ikke målt.")
            .published(editor);
    compound =
        practice(owner, "Rådgjeving på Kløvertun", "nb")
            .with("targetGroups", List.of("unge"))
            .with("body", "Kommunens boligrådgiver møter dem som leier hjemme hos dem.")
            .published(editor);
    twoWords =
        practice(owner, "Heimebesøk i Klassedal", "nn")
            .with("targetGroups", List.of("unge"))
            .with("themes", List.of("integrering-nabolag"))
            .with("body", "Ein bustad rettleiar kjem heim til dei som leiger.")
            .published(editor);

    Eventually.await(
        "the practices to be findable",
        () -> order(""),
        found -> found.containsAll(List.of(tagged, mentioned, compound, twoWords)));
  }

  /**
   * A practice of the owner with the codes that isolate the test's practices (and the builder's
   * bomestring, homeless and Oslo unless changed).
   */
  static PracticeBuilder practice(Organisations.Organisation owner, String title, String language) {
    return PracticeBuilder.practice(owner.slug(), title)
        .with("summary", "Ein praksis laga av testane.")
        .with("language", language)
        .with("actorTypes", List.of("forskningsmiljo"))
        .with("voluntaryRoles", List.of("smaskalafrivillighet"))
        .with("funding", List.of("egeninntekt"))
        .with("evidenceLevel", "described")
        .with("evaluationPlanned", null);
  }

  /** The test's practices that the words find, best first. */
  static List<String> order(String q) {
    JsonNode result =
        Http.json("api/search?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + ISOLATE);
    assertFalse(result.path("degraded").asBoolean(), "the index answered: " + q);
    List<String> slugs = new ArrayList<>();
    result.path("hits").forEach(h -> slugs.add(h.path("slug").asText()));
    return slugs;
  }

  static void rankedAbove(String q, String better, String worse) {
    List<String> found = order(q);
    assertTrue(found.contains(better), q + " finds the tagged practice: " + found);
    assertTrue(
        !found.contains(worse) || found.indexOf(better) < found.indexOf(worse),
        q + ": tagged above mentioned in passing: " + found);
  }

  @Test
  void aTargetGroupInEverydayWordsFindsThePracticesTaggedWithItFirst() {
    rankedAbove("rusproblemer", tagged, mentioned);
    rankedAbove("rusavhengige", tagged, mentioned);
    rankedAbove("personar med rusproblem", tagged, mentioned);
    rankedAbove("substance use problems", tagged, mentioned);
  }

  @Test
  void anEvidenceLevelInWordsFindsThePracticesOfThatLevelFirst() {
    rankedAbove("dokumentert effekt", tagged, mentioned);
    rankedAbove("documented effect", tagged, mentioned);
  }

  @Test
  void aThemeInNynorskOrEnglishFindsAPracticeTaggedInBokmaal() {
    assertTrue(order("bumeistring").contains(compound), "bumeistring → bomestring");
    assertTrue(order("tenancy support").contains(compound), "tenancy support → bomestring");
    assertFalse(order("bumeistring").contains(tagged), "not every practice");
  }

  @Test
  void aCountyFindsThePracticesInItsMunicipalities() {
    List<String> vestland = order("Vestland");
    assertTrue(vestland.contains(tagged), "Bergen lies in Vestland: " + vestland);
    assertFalse(vestland.contains(mentioned), "Oslo does not: " + vestland);
    assertTrue(order("Bergen").contains(tagged), "the municipality by name");
    List<String> oslo = order("oslo");
    assertTrue(oslo.containsAll(List.of(mentioned, compound)), "Oslo: " + oslo);
    assertFalse(oslo.contains(tagged), "Oslo: " + oslo);
  }

  @Test
  void aCompoundWordIsFoundWrittenAsOneWordOrTwo() {
    assertTrue(order("rådgiver").contains(compound), "rådgiver → boligrådgiver");
    assertTrue(order("bolig rådgiver").contains(compound), "bolig rådgiver → boligrådgiver");
    assertTrue(order("bustadrettleiar").contains(twoWords), "bustadrettleiar → bustad rettleiar");
  }

  @Test
  void aMissingLetterOfTheNorwegianAlphabetIsForgiven() {
    assertTrue(order("Klovertun").contains(compound), "Klovertun → Kløvertun");
  }
}
