-- A person may flag a post again once it has changed since their flag was settled: one open flag
-- per person and post (the unique key over a column that is 1 only while the flag is open; NULLs
-- never clash), while settled flags stay for the record.
ALTER TABLE discussion_flag
  ADD COLUMN open_flag TINYINT AS (IF(cleared_at IS NULL, 1, NULL)) PERSISTENT,
  ADD UNIQUE KEY uq_discussion_flag_open (post_id, user_id, open_flag),
  DROP INDEX uq_discussion_flag;
