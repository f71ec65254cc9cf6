package no.boforum.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.boforum.platform.Conflict;
import no.boforum.taxonomy.TermCode;

/**
 * A need or an offer of one organisation: its text, its classifications (taxonomy codes), its state
 * and until when it stands. The organisation and the practices are referenced by id.
 */
@Entity
@Table(name = "matching_posting")
public class Posting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Side side;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostingState state;

  @Column(name = "needed_by")
  private LocalDate neededBy;

  private String capacity;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "seed_key")
  private String seedKey;

  @Column(name = "source_hash")
  private String sourceHash;

  @Column(name = "confirmed_at", nullable = false)
  private LocalDateTime confirmedAt;

  @Column(name = "confirm_reminded_at")
  private LocalDateTime confirmRemindedAt;

  @Column(name = "adoption_id")
  private Long adoptionId;

  @Column(name = "finding_id")
  private Long findingId;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "matching_posting_term", joinColumns = @JoinColumn(name = "posting_id"))
  private Set<TermCode> terms = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "matching_posting_practice",
      joinColumns = @JoinColumn(name = "posting_id"))
  @Column(name = "practice_id")
  private Set<Long> practiceIds = new HashSet<>();

  protected Posting() {}

  Posting(Side side, long organisationId, LocalDateTime now) {
    this.side = side;
    this.organisationId = organisationId;
    this.state = PostingState.OPEN;
    this.createdAt = now;
  }

  /** Takes the validated facts; the side and the owner never change. */
  void apply(PostingData.Valid data, LocalDateTime now) {
    title = data.title();
    body = data.body();
    neededBy = side == Side.NEED ? data.neededBy() : null;
    capacity = side == Side.OFFER ? data.capacity() : null;
    expiresOn = data.expiresOn();
    terms.clear();
    terms.addAll(data.terms());
    practiceIds.clear();
    if (side == Side.OFFER) {
      practiceIds.addAll(data.practiceIds());
    }
    updatedAt = now;
    sourceHash = null; // changed in the portal (or about to be stamped by an import)
    confirm(now);
  }

  /** The owner says it still stands (editing says so too): a new period, with its own reminder. */
  void confirm(LocalDateTime now) {
    confirmedAt = now;
    confirmRemindedAt = null;
  }

  /**
   * Whether the period's reminder is due: a current posting confirmed no later than {@code
   * confirmedBy}, not yet reminded in this period. The mark itself is written apart ({@link
   * MatchingRepository#markReminded}), so that it is no change of the posting under an editor.
   */
  boolean reminderDue(LocalDateTime confirmedBy) {
    return state.isCurrent() && confirmRemindedAt == null && !confirmedAt.isAfter(confirmedBy);
  }

  /**
   * Expires a current posting whose date has passed, or that was last confirmed no later than
   * {@code confirmedBy}; true if it did.
   */
  boolean expireIfDue(LocalDate today, LocalDateTime confirmedBy, LocalDateTime now) {
    if (state.isCurrent() && (expiresOn.isBefore(today) || !confirmedAt.isAfter(confirmedBy))) {
      state = PostingState.EXPIRED;
      updatedAt = now;
      return true;
    }
    return false;
  }

  /** The need a forum finding became. */
  void cameFrom(long finding) {
    findingId = finding;
  }

  /** The adoption recorded from this done posting: once. */
  void adoptedAs(long adoption) {
    if (adoptionId != null) {
      throw new Conflict("matching.adoption.already");
    }
    adoptionId = adoption;
  }

  /** Marks it as imported from the seed file {@code key} with this content. */
  void seeded(String key, String hash) {
    seedKey = key;
    sourceHash = hash;
  }

  String getSourceHash() {
    return sourceHash;
  }

  /**
   * Moves to {@code next} as the owner's editors ask; refused when the move makes no sense from
   * here, or when it would open a posting whose expiry date has passed.
   */
  void move(PostingState next, LocalDate today, LocalDateTime now) {
    if (!state.movesTo().contains(next)) {
      throw new Conflict("matching.state.notFrom", state.name(), next.name());
    }
    if (next.isCurrent() && expiresOn.isBefore(today)) {
      throw new Conflict("matching.state.expiredDate");
    }
    if (next.isCurrent() && !state.isCurrent()) {
      confirm(now); // opened again: a period of its own
    }
    state = next;
    updatedAt = now;
    sourceHash = null;
  }

  /**
   * Another organisation got in touch: an open posting is in dialogue now; in any other state it
   * stays where it is. True if it moved.
   */
  boolean enterDialogue(LocalDateTime now) {
    if (state != PostingState.OPEN) {
      return false;
    }
    state = PostingState.IN_DIALOGUE;
    updatedAt = now;
    return true;
  }

  /** The codes of one taxonomy, sorted. */
  public List<String> codes(String taxonomy) {
    return terms.stream()
        .filter(t -> t.getTaxonomy().equals(taxonomy))
        .map(TermCode::getCode)
        .sorted()
        .toList();
  }

  public Long getId() {
    return id;
  }

  public Side getSide() {
    return side;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public PostingState getState() {
    return state;
  }

  public LocalDate getNeededBy() {
    return neededBy;
  }

  public String getCapacity() {
    return capacity;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public LocalDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public LocalDateTime getConfirmRemindedAt() {
    return confirmRemindedAt;
  }

  public Long getAdoptionId() {
    return adoptionId;
  }

  public Long getFindingId() {
    return findingId;
  }

  public long getVersion() {
    return version;
  }

  public Collection<Long> getPracticeIds() {
    return Set.copyOf(practiceIds);
  }
}
