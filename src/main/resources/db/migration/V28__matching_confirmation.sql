-- Needs and offers, their life after posting (issue 15, decision 0021 "Confirmation and
-- adoption"). A current posting stands while its owner confirms it every few weeks: confirmed_at
-- starts the period (posting, editing and confirming set it), confirm_reminded_at marks the one
-- reminder of the period. adoption_id is the adoption recorded from a done posting (once), and
-- finding_id the forum finding a need was made from. Times are UTC.
ALTER TABLE matching_posting
  ADD COLUMN confirmed_at        DATETIME(6),
  ADD COLUMN confirm_reminded_at DATETIME(6),
  ADD COLUMN adoption_id         BIGINT,
  ADD COLUMN finding_id          BIGINT;

-- Postings made before this: their period starts at their last change.
UPDATE matching_posting SET confirmed_at = updated_at WHERE confirmed_at IS NULL;

ALTER TABLE matching_posting
  MODIFY confirmed_at DATETIME(6) NOT NULL,
  ADD CONSTRAINT fk_matching_posting_adoption FOREIGN KEY (adoption_id) REFERENCES adoption (id) ON DELETE SET NULL,
  ADD CONSTRAINT fk_matching_posting_finding FOREIGN KEY (finding_id) REFERENCES event_finding (id) ON DELETE SET NULL,
  ADD CONSTRAINT uq_matching_posting_adoption UNIQUE (adoption_id),
  ADD INDEX ix_matching_posting_confirmation (state, confirmed_at);
