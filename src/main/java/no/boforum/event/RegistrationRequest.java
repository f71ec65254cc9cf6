package no.boforum.event;

/**
 * What a person gives when registering: on whose behalf (and for which organisation), that the
 * terms are accepted, and the answers to the host's questions.
 */
public record RegistrationRequest(
    RegisteredAs as, Long organisationId, boolean acceptTerms, Registration.Answers answers) {
  public RegistrationRequest {
    answers = answers == null ? Registration.Answers.NONE : answers;
  }
}
