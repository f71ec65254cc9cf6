-- A practice's body and outcomes as sanitised HTML, rendered when the practice is saved
-- (decision 0034), and the version of the renderer that made them. NULL, or a version other than
-- the running renderer's, is rendered per view until the backfill job renders the row again;
-- the index finds the rows it has to.
ALTER TABLE practice
  ADD COLUMN body_html     MEDIUMTEXT NULL,
  ADD COLUMN outcomes_html MEDIUMTEXT NULL,
  ADD COLUMN html_version  INT        NULL;
CREATE INDEX ix_practice_html_version ON practice (html_version);
