-- Identity: accounts, organisations, memberships, global roles, single-use tokens, login throttling,
-- the security audit log, outgoing mail, and taxonomies kept as data.

-- Taxonomy terms (actor type, county, ...) seeded from content/taxonomy/*.yaml; labels per UI language.
CREATE TABLE taxonomy_term (
  taxonomy   VARCHAR(40)  NOT NULL,
  code       VARCHAR(60)  NOT NULL,
  label_nb   VARCHAR(200) NOT NULL,
  label_nn   VARCHAR(200) NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  parent     VARCHAR(60),
  position   INT          NOT NULL,
  PRIMARY KEY (taxonomy, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's account. The email is the login name; a deleted account keeps its row (content that
-- others depend on still points at it) with the personal fields cleared.
CREATE TABLE app_user (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  email              VARCHAR(254),
  display_name       VARCHAR(120) NOT NULL,
  password_hash      VARCHAR(300),
  email_verified     BOOLEAN      NOT NULL DEFAULT FALSE,
  preferred_language CHAR(2)      NOT NULL DEFAULT 'nb',
  created_at         DATETIME(6)  NOT NULL,
  deleted_at         DATETIME(6),
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_app_user_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Roles across the portal: administrator, moderator, event host (Husbanken staff).
CREATE TABLE user_role (
  user_id    BIGINT      NOT NULL,
  role       VARCHAR(20) NOT NULL,
  granted_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug         VARCHAR(120)  NOT NULL,
  name         VARCHAR(200)  NOT NULL,
  org_number   CHAR(9),
  actor_type   VARCHAR(60)   NOT NULL,
  county       VARCHAR(2),
  municipality CHAR(4),
  website      VARCHAR(500),
  description  TEXT          NOT NULL,
  verified     BOOLEAN       NOT NULL DEFAULT FALSE,
  source_hash  CHAR(64),
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_organisation_slug UNIQUE (slug),
  CONSTRAINT uq_organisation_number UNIQUE (org_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A user in an organisation as member, editor or admin; a join request is a row in status requested.
CREATE TABLE membership (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT      NOT NULL,
  organisation_id BIGINT      NOT NULL,
  role            VARCHAR(10) NOT NULL,
  status          VARCHAR(10) NOT NULL,
  requested_at    DATETIME(6) NOT NULL,
  decided_at      DATETIME(6),
  decided_by      BIGINT,
  CONSTRAINT uq_membership UNIQUE (user_id, organisation_id),
  CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  INDEX ix_membership_organisation (organisation_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Single-use tokens sent by mail (verify email, reset password). Only the SHA-256 of the token is
-- stored, so a copy of the database cannot be used to take over accounts.
CREATE TABLE user_token (
  token_hash CHAR(64)    PRIMARY KEY,
  user_id    BIGINT      NOT NULL,
  purpose    VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6),
  CONSTRAINT fk_user_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins, counted per account and per address over a sliding window.
CREATE TABLE login_failure (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  email     VARCHAR(254) NOT NULL,
  address   VARCHAR(45)  NOT NULL,
  failed_at DATETIME(6)  NOT NULL,
  INDEX ix_login_failure_email (email, failed_at),
  INDEX ix_login_failure_address (address, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Security events: logins, role and membership changes, verifications.
CREATE TABLE audit_event (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at     DATETIME(6)  NOT NULL,
  event_type      VARCHAR(40)  NOT NULL,
  actor_id        BIGINT,
  subject_user_id BIGINT,
  organisation_id BIGINT,
  address         VARCHAR(45),
  detail          VARCHAR(500),
  INDEX ix_audit_event_time (occurred_at),
  INDEX ix_audit_event_type (event_type, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Outgoing mail, written in the transaction that causes it and sent by a background sender, so a
-- mail server that is down delays a message but never fails the page or loses the message.
CREATE TABLE mail_message (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient  VARCHAR(254) NOT NULL,
  subject    VARCHAR(300) NOT NULL,
  body       MEDIUMTEXT   NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  sent_at    DATETIME(6),
  attempts   INT          NOT NULL DEFAULT 0,
  last_error VARCHAR(500),
  INDEX ix_mail_message_unsent (sent_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
