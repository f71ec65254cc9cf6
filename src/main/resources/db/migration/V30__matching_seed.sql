-- Seed needs and offers (content/matching/*.md, issue 15): the file a posting came from, and the
-- hash of the file as last imported; an edit in the portal clears the hash, and the file no longer
-- decides.
ALTER TABLE matching_posting ADD COLUMN seed_key VARCHAR(120) NULL;
ALTER TABLE matching_posting ADD COLUMN source_hash CHAR(64) NULL;
CREATE UNIQUE INDEX ux_matching_posting_seed ON matching_posting (seed_key);
