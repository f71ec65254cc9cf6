-- Practice: the first searchable content kind. Fuller records come with the catalogue issue.
CREATE TABLE practice (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug           VARCHAR(120)  NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  summary        VARCHAR(300)  NOT NULL,
  body           MEDIUMTEXT    NOT NULL,
  language       CHAR(2)       NOT NULL,
  evidence_level VARCHAR(40)   NOT NULL,
  owner_name     VARCHAR(200),
  county         VARCHAR(100),
  municipality   VARCHAR(100),
  source_hash    CHAR(64),
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uq_practice_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Outbox: one row per change to searchable content, written in the same transaction as the change,
-- drained to Elasticsearch by the indexer.
CREATE TABLE search_outbox (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_type VARCHAR(40)  NOT NULL,
  document_key  VARCHAR(120) NOT NULL,
  operation     VARCHAR(10)  NOT NULL,
  attempts      INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
