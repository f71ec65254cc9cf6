-- Needs and offers (issue 15, decision 0021): what an organisation needs from other actors, or
-- what it offers them, posted by the organisation's editors. One table for both sides: they share
-- their life (the states) and their classifications; a need has a date it is wanted by, an offer
-- a capacity. Times are UTC; dates are dates in Norway.
CREATE TABLE matching_posting (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  side            VARCHAR(8)   NOT NULL,
  organisation_id BIGINT       NOT NULL,
  title           VARCHAR(200) NOT NULL,
  body            MEDIUMTEXT   NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  needed_by       DATE,
  capacity        VARCHAR(500),
  expires_on      DATE         NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_matching_posting_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  INDEX ix_matching_posting_list (state, created_at),
  INDEX ix_matching_posting_expiry (state, expires_on),
  INDEX ix_matching_posting_organisation (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Codes of the taxonomies: target_group, theme, municipality, county, actor_type (a need: the
-- kinds of actor wanted), funding and procurement_route (a need: how it could be paid for).
CREATE TABLE matching_posting_term (
  posting_id BIGINT      NOT NULL,
  taxonomy   VARCHAR(40) NOT NULL,
  code       VARCHAR(60) NOT NULL,
  PRIMARY KEY (posting_id, taxonomy, code),
  CONSTRAINT fk_matching_posting_term_posting FOREIGN KEY (posting_id) REFERENCES matching_posting (id) ON DELETE CASCADE,
  INDEX ix_matching_posting_term_code (taxonomy, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The practices an offer builds on (by id; the pages link them by slug).
CREATE TABLE matching_posting_practice (
  posting_id  BIGINT NOT NULL,
  practice_id BIGINT NOT NULL,
  PRIMARY KEY (posting_id, practice_id),
  CONSTRAINT fk_matching_posting_practice_posting FOREIGN KEY (posting_id) REFERENCES matching_posting (id) ON DELETE CASCADE,
  CONSTRAINT fk_matching_posting_practice_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
  INDEX ix_matching_posting_practice_practice (practice_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
