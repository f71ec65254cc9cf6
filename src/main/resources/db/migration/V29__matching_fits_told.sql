-- When the editors of the other side were told of what fits a new need or offer (issue 15): null
-- until the job that tells them has run for it. Postings that exist already count as told, so
-- that this change tells nobody of old news.
ALTER TABLE matching_posting ADD COLUMN fits_told_at DATETIME(6) NULL;
UPDATE matching_posting SET fits_told_at = created_at;
CREATE INDEX ix_matching_posting_untold ON matching_posting (fits_told_at, id);
