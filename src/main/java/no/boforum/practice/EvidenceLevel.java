package no.boforum.practice;

import java.util.Arrays;

/**
 * How well a practice is documented, from an untested idea to replicated effect. The labels and
 * plain-word explanations live in the resource bundles ({@code evidence.<code>}); the full taxonomy
 * moves to data with the catalogue issue.
 */
public enum EvidenceLevel {
  IDEA_PILOT("idea_pilot"),
  DESCRIBED("described"),
  PROCESS_EVALUATED("process_evaluated"),
  EFFECT_EVALUATED("effect_evaluated"),
  DOCUMENTED_EFFECT("documented_effect");

  private final String code;

  EvidenceLevel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static EvidenceLevel fromCode(String code) {
    return Arrays.stream(values())
        .filter(level -> level.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown evidence level: " + code));
  }
}
