-- One adoption per organisation and municipality and practice: two reports at once must not both
-- be kept.
ALTER TABLE adoption
  ADD CONSTRAINT uq_adoption UNIQUE (practice_id, organisation_id, municipality);

-- EclipseLink reorders a practice's links by updating their positions one at a time; a primary
-- key on (practice_id, position) refuses the moment two links share a position in between.
ALTER TABLE practice_link
  DROP PRIMARY KEY,
  ADD COLUMN id BIGINT AUTO_INCREMENT PRIMARY KEY FIRST,
  ADD INDEX ix_practice_link (practice_id, position);
