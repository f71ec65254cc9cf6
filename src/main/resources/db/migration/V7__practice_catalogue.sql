-- The practice catalogue: the full record, the editorial workflow, revisions, spread (adoptions)
-- and attachments. Practices imported before this migration were public, so they stay published.
ALTER TABLE practice
  ADD COLUMN owner_organisation_id BIGINT NULL AFTER owner_name,
  ADD COLUMN state              VARCHAR(12)  NOT NULL DEFAULT 'PUBLISHED' AFTER slug,
  ADD COLUMN activity_status    VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN started_on         DATE NULL,
  ADD COLUMN ended_on           DATE NULL,
  ADD COLUMN national           BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN evaluation_planned DATE NULL,
  ADD COLUMN nordic_evidence    BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN procurement_route  VARCHAR(60)  NULL,
  ADD COLUMN outcomes           MEDIUMTEXT   NULL,
  ADD COLUMN contact_name       VARCHAR(200) NULL,
  ADD COLUMN contact_role       VARCHAR(200) NULL,
  ADD COLUMN contact_email      VARCHAR(254) NULL,
  ADD COLUMN contact_phone      VARCHAR(40)  NULL,
  ADD COLUMN spread             INT          NOT NULL DEFAULT 0,
  ADD COLUMN published_at       DATETIME(6)  NULL,
  ADD COLUMN last_reviewed_at   DATETIME(6)  NULL,
  ADD COLUMN review_reminded_at DATETIME(6)  NULL,
  ADD CONSTRAINT fk_practice_owner FOREIGN KEY (owner_organisation_id) REFERENCES organisation (id),
  ADD INDEX ix_practice_state (state, updated_at),
  ADD INDEX ix_practice_owner (owner_organisation_id, state);

UPDATE practice SET published_at = updated_at, last_reviewed_at = updated_at;

ALTER TABLE practice DROP COLUMN owner_name, DROP COLUMN county, DROP COLUMN municipality;

-- The multi-valued classifications of a practice: actor types, voluntary-sector roles, target
-- groups, themes, funding sources, and places (county or municipality codes).
CREATE TABLE practice_term (
  practice_id BIGINT      NOT NULL,
  taxonomy    VARCHAR(40) NOT NULL,
  code        VARCHAR(60) NOT NULL,
  PRIMARY KEY (practice_id, taxonomy, code),
  CONSTRAINT fk_practice_term_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
  INDEX ix_practice_term_code (taxonomy, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practice_partner (
  practice_id     BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (practice_id, organisation_id),
  CONSTRAINT fk_practice_partner_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
  CONSTRAINT fk_practice_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practice_link (
  practice_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  url         VARCHAR(500) NOT NULL,
  label       VARCHAR(200) NOT NULL,
  PRIMARY KEY (practice_id, position),
  CONSTRAINT fk_practice_link_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every save keeps the whole record as it was saved (JSON), numbered from 1 per practice.
CREATE TABLE practice_revision (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  practice_id BIGINT      NOT NULL,
  number      INT         NOT NULL,
  state       VARCHAR(12) NOT NULL,
  author_id   BIGINT      NULL,
  note        VARCHAR(500) NULL,
  snapshot    MEDIUMTEXT  NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT uq_practice_revision UNIQUE (practice_id, number),
  CONSTRAINT fk_practice_revision_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
  CONSTRAINT fk_practice_revision_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Spread: an organisation (or, in seed content, an unnamed actor) took up a practice in a
-- municipality.
CREATE TABLE adoption (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  practice_id     BIGINT      NOT NULL,
  organisation_id BIGINT      NULL,
  municipality    CHAR(4)     NOT NULL,
  started_on      DATE        NULL,
  status          VARCHAR(10) NOT NULL,
  note            TEXT        NULL,
  reported_by     BIGINT      NULL,
  created_at      DATETIME(6) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  version         BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_adoption_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
  CONSTRAINT fk_adoption_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_adoption_reporter FOREIGN KEY (reported_by) REFERENCES app_user (id),
  INDEX ix_adoption_practice (practice_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reports and action plans (PDF). The file lives on disk under storage_key; its text is kept here
-- for search.
CREATE TABLE attachment (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  practice_id    BIGINT       NOT NULL,
  title          VARCHAR(200) NOT NULL,
  file_name      VARCHAR(200) NOT NULL,
  content_type   VARCHAR(100) NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  storage_key    VARCHAR(100) NOT NULL,
  page_count     INT          NOT NULL,
  extracted_text LONGTEXT     NULL,
  uploaded_by    BIGINT       NULL,
  created_at     DATETIME(6)  NOT NULL,
  CONSTRAINT uq_attachment_storage UNIQUE (storage_key),
  CONSTRAINT fk_attachment_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
  CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Content files may mark organisations as invented examples; administrators' edits to taxonomy
-- labels must survive the next import.
ALTER TABLE organisation ADD COLUMN illustrative BOOLEAN NOT NULL DEFAULT FALSE AFTER verified;
ALTER TABLE taxonomy_term ADD COLUMN edited BOOLEAN NOT NULL DEFAULT FALSE;
