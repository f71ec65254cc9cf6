package no.boforum.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A single-use token sent by mail; only its SHA-256 is kept. */
@Entity
@Table(name = "user_token")
public class UserToken {
  /** What a token is good for, and how long. */
  public enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
  }

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  protected UserToken() {}

  UserToken(
      String tokenHash, Long userId, Purpose purpose, LocalDateTime now, LocalDateTime expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.purpose = purpose;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  Long getUserId() {
    return userId;
  }

  Purpose getPurpose() {
    return purpose;
  }

  LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  LocalDateTime getUsedAt() {
    return usedAt;
  }

  void markUsed(LocalDateTime now) {
    this.usedAt = now;
  }
}
