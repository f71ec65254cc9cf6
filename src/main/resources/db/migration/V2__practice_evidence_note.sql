-- What the evidence level rests on (or that the sources do not say), and whether a practice is an
-- invented example that shows how the portal works rather than a real one.
ALTER TABLE practice
  ADD COLUMN evidence_note TEXT NULL AFTER evidence_level,
  ADD COLUMN illustrative  BOOLEAN NOT NULL DEFAULT FALSE AFTER evidence_note;
