package no.boforum.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's account; the email address (lower case) is the login name. Times in UTC. */
@Entity
@Table(name = "app_user")
public class UserAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "preferred_language", nullable = false)
  private String preferredLanguage;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "deleted_at")
  private LocalDateTime deletedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<GlobalRole> roles = new HashSet<>();

  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  @Column(name = "suspended_until")
  private LocalDateTime suspendedUntil;

  @Column(name = "suspension_count", nullable = false)
  private int suspensionCount;

  /** An invented person who writes seed examples: no address, no password, no login. */
  private boolean illustrative;

  @Version private long version;

  protected UserAccount() {}

  /** An invented author of seed examples, with only a name. */
  static UserAccount illustrative(String displayName, String language, LocalDateTime now) {
    UserAccount u = new UserAccount(null, displayName, language, now);
    u.illustrative = true;
    return u;
  }

  public UserAccount(String email, String displayName, String language, LocalDateTime now) {
    this.email = email;
    this.displayName = displayName;
    this.preferredLanguage = language;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Set<GlobalRole> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(GlobalRole.class) : EnumSet.copyOf(roles);
  }

  public LocalDateTime getSuspendedUntil() {
    return suspendedUntil;
  }

  public int getSuspensionCount() {
    return suspensionCount;
  }

  /** Suspends for {@code length} from now (or from the end of a running suspension). */
  void suspend(LocalDateTime now, java.time.Duration length) {
    LocalDateTime from =
        suspendedUntil != null && suspendedUntil.isAfter(now) ? suspendedUntil : now;
    suspendedUntil = from.plus(length);
    suspensionCount++;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  /** Ends every session started before now (they carry the old epoch). */
  void endSessions() {
    sessionEpoch++;
  }

  /** For an account nobody has proved yet: a new registration takes it over. */
  void replaceUnverified(String displayName, String language) {
    this.displayName = displayName;
    this.preferredLanguage = language;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void markEmailVerified() {
    this.emailVerified = true;
  }

  void updateProfile(String displayName, String language) {
    this.displayName = displayName;
    this.preferredLanguage = language;
  }

  void setRoles(Set<GlobalRole> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  /** Clears everything personal; the row stays so that others' content can still point at it. */
  void anonymise(LocalDateTime now) {
    this.email = null;
    this.displayName = "";
    this.passwordHash = null;
    this.emailVerified = false;
    this.roles.clear();
    this.deletedAt = now;
    this.sessionEpoch++;
  }
}
