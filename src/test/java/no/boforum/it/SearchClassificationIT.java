package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
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
    Map<String, Object> p = fields(owner, "Husvakt i Klassevik", "nb");
    p.put("targetGroups", List.of("rusproblemer"));
    p.put("themes", List.of("koordinering-frivillige"));
    p.put("places", List.of("4601"));
    p.put("evidenceLevel", "documented_effect");
    p.put("body", "Vi finner et sted å bo og følger opp hver uke.");
    tagged = publish(editor, p);

    p = fields(owner, "Husvakt i Klassefjord", "nb");
    p.put("targetGroups", List.of("eldre"));
    p.put("themes", List.of("samarbeid-samskaping"));
    p.put("places", List.of("0301"));
    p.put("evidenceLevel", "idea_pilot");
    p.put(
        "body",
        "Vi finner et sted å bo for eldre, og noen av dem har også rusproblemer."
            + " Dokumentert effekt er ikke målt.");
    mentioned = publish(editor, p);

    p = fields(owner, "Rådgjeving på Kløvertun", "nb");
    p.put("targetGroups", List.of("unge"));
    p.put("themes", List.of("bomestring"));
    p.put("places", List.of("0301"));
    p.put("body", "Kommunens boligrådgiver møter dem som leier hjemme hos dem.");
    compound = publish(editor, p);

    p = fields(owner, "Heimebesøk i Klassedal", "nn");
    p.put("targetGroups", List.of("unge"));
    p.put("themes", List.of("integrering-nabolag"));
    p.put("places", List.of("0301"));
    p.put("body", "Ein bustad rettleiar kjem heim til dei som leiger.");
    twoWords = publish(editor, p);

    Eventually.await(
        "the practices to be findable",
        () -> order(""),
        found -> found.containsAll(List.of(tagged, mentioned, compound, twoWords)));
  }

  static Map<String, Object> fields(
      Organisations.Organisation owner, String title, String language) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("summary", "Ein praksis laga av testane.");
    p.put("language", language);
    p.put("owner", owner.slug());
    p.put("actorTypes", List.of("forskningsmiljo"));
    p.put("voluntaryRoles", List.of("smaskalafrivillighet"));
    p.put("funding", List.of("egeninntekt"));
    p.put("activityStatus", "active");
    p.put("evidenceLevel", "described");
    return p;
  }

  static String publish(ApiSession s, Map<String, Object> p) {
    Answer created = s.post("api/practices", p);
    assertEquals(201, created.status(), created.raw().body());
    String slug = created.json().path("slug").asText();
    Answer published =
        s.post("api/practices/" + slug + "/transitions", Map.of("transition", "PUBLISH"));
    assertEquals(200, published.status(), published.raw().body());
    return slug;
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
