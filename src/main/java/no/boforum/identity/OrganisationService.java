package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Slugs;

/**
 * Organisations as records: seed import, registration, verification and edits, and the look-ups
 * other features use. Their members are {@link MembershipService}'s. Every use case on behalf of a
 * person asks {@link Authorization} first.
 */
@ApplicationScoped
public class OrganisationService {
  /** What a seed import did with one organisation. */
  public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Inject OrganisationRepository repository;
  @Inject UserRepository users;
  @Inject OrganisationValidator validator;
  @Inject Authorization authorization;
  @Inject AuditLog audit;
  @Inject Event<OrganisationChanged> organisationChanged;
  Clock clock = Clock.systemUTC();

  /** Creates or updates a seed organisation; an unchanged source writes nothing. */
  @Transactional
  public ImportOutcome importOrganisation(OrganisationData data, boolean verified, String hash) {
    Optional<Organisation> existing = repository.findBySlug(data.slug());
    if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
      return ImportOutcome.UNCHANGED;
    }
    if (existing.isPresent() && existing.get().getSourceHash() == null) {
      throw new InputProblem("slug", "organisation.slugTakenByRegistration");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Organisation o = existing.orElseGet(() -> new Organisation(data.slug(), now));
    o.update(validator.validate(data), now);
    o.setSourceHash(hash);
    if (existing.isEmpty()) {
      o.setVerified(verified, now);
      repository.persist(o);
      return ImportOutcome.CREATED;
    }
    return ImportOutcome.UPDATED;
  }

  /** Marks a seed organisation as an invented example (content files only). */
  @Transactional
  public void markIllustrative(String slug, boolean illustrative) {
    repository.findBySlug(slug).ifPresent(o -> o.setIllustrative(illustrative));
  }

  /** The active members of an organisation with {@code role} or more (admins include editors). */
  @Transactional
  public List<Long> memberIds(long organisationId, MembershipRole role) {
    return repository.membersOf(organisationId, MembershipStatus.ACTIVE).stream()
        .filter(m -> m.getRole().includes(role))
        .map(m -> m.getUser().getId())
        .toList();
  }

  @Transactional
  public Optional<OrganisationDetails> find(long id) {
    return repository.findById(id).map(OrganisationDetails::of);
  }

  /** The organisations with these ids, by id; unknown ids are left out. */
  @Transactional
  public Map<Long, OrganisationDetails> byIds(Collection<Long> ids) {
    return repository.findByIds(ids).stream()
        .collect(Collectors.toMap(Organisation::getId, OrganisationDetails::of));
  }

  /** Every organisation by name, for choosing partners and owners. */
  @Transactional
  public List<OrganisationDetails> all() {
    return repository.findPage(null, null, 0, Integer.MAX_VALUE).stream()
        .map(OrganisationDetails::of)
        .toList();
  }

  @Transactional
  public Optional<OrganisationDetails> find(String slug) {
    return repository.findBySlug(slug).map(OrganisationDetails::of);
  }

  @Transactional
  public List<OrganisationDetails> list(Boolean verified, int offset, int limit) {
    return repository.findPage(verified, null, offset, limit).stream()
        .map(OrganisationDetails::of)
        .toList();
  }

  @Transactional
  public long count(Boolean verified) {
    return repository.count(verified, null);
  }

  /** Organisations changed after a UTC time (null: any), for the harvesters' list. */
  @Transactional
  public List<OrganisationDetails> list(
      Boolean verified, LocalDateTime changedSince, int offset, int limit) {
    return repository.findPage(verified, changedSince, offset, limit).stream()
        .map(OrganisationDetails::of)
        .toList();
  }

  @Transactional
  public long count(Boolean verified, LocalDateTime changedSince) {
    return repository.count(verified, changedSince);
  }

  /** When any organisation last changed (UTC), for the list's Last-Modified. */
  @Transactional
  public Optional<LocalDateTime> lastChange() {
    return repository.lastChange();
  }

  /** Edits the organisation's facts; {@code version} guards against overwriting another edit. */
  @Transactional
  public OrganisationDetails update(String slug, OrganisationData data, long version) {
    Organisation o = require(slug);
    Caller caller = authorization.require(IdentityAction.EDIT_ORGANISATION, o.getId());
    if (o.getVersion() != version) {
      throw new OptimisticLockException("organisation " + slug + " was changed by someone else");
    }
    OrganisationData valid = validator.validate(data);
    if (valid.orgNumber() != null
        && repository.findByNumber(valid.orgNumber()).filter(other -> other != o).isPresent()) {
      throw new InputProblem("orgNumber", "organisation.numberTaken");
    }
    boolean identityChanged =
        !valid.name().equals(o.getName())
            || !java.util.Objects.equals(valid.orgNumber(), o.getOrgNumber());
    boolean shownChanged =
        !valid.name().equals(o.getName())
            || !java.util.Objects.equals(valid.actorType(), o.getActorType());
    o.update(valid, LocalDateTime.now(clock));
    if (identityChanged && o.isVerified() && !caller.isAdministrator()) {
      // A verification vouches for a name and a number; new ones need a new look.
      o.setVerified(false, LocalDateTime.now(clock));
      audit.record(
          AuditEvent.Type.ORGANISATION_UNVERIFIED,
          caller.userId(),
          null,
          o.getId(),
          null,
          "renamed");
    }
    if (shownChanged) {
      organisationChanged.fire(new OrganisationChanged(o.getId()));
    }
    return OrganisationDetails.of(o);
  }

  /**
   * A logged-in user registers an organisation that is not in the portal yet. It starts unverified,
   * with the user as its admin; its address is made from its name.
   */
  @Transactional
  public OrganisationDetails register(OrganisationData data, String address) {
    Caller caller = authorization.require(IdentityAction.REGISTER_ORGANISATION);
    OrganisationData valid = validator.validate(data);
    if (valid.orgNumber() != null && repository.findByNumber(valid.orgNumber()).isPresent()) {
      throw new InputProblem("orgNumber", "organisation.numberTaken");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String base = Slugs.of(valid.name());
    String slug = base;
    for (int n = 2; repository.findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    Organisation o = new Organisation(slug, now);
    o.update(valid, now);
    repository.persist(o);
    UserAccount user = users.find(caller.userId()).orElseThrow();
    Membership m = new Membership(user, o, now);
    m.decide(MembershipStatus.ACTIVE, MembershipRole.ADMIN, caller.userId(), now);
    repository.persist(m);
    audit.record(
        AuditEvent.Type.ORGANISATION_REGISTERED,
        caller.userId(),
        caller.userId(),
        o.getId(),
        address,
        o.getName());
    return OrganisationDetails.of(o);
  }

  @Transactional
  public OrganisationDetails setVerified(String slug, boolean verified, String address) {
    Organisation o = require(slug);
    Caller caller = authorization.require(IdentityAction.VERIFY_ORGANISATION);
    if (o.isVerified() != verified) {
      o.setVerified(verified, LocalDateTime.now(clock));
      audit.record(
          verified
              ? AuditEvent.Type.ORGANISATION_VERIFIED
              : AuditEvent.Type.ORGANISATION_UNVERIFIED,
          caller.userId(),
          null,
          o.getId(),
          address,
          o.getName());
    }
    return OrganisationDetails.of(o);
  }

  private Organisation require(String slug) {
    return repository.requireBySlug(slug);
  }
}
