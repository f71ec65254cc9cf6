-- No foreign key from discussion_mention to app_user: a reply holds its author's row lock (rate
-- limits), and a key check would take a shared lock on the mentioned person's row, so two people
-- replying to each other at once would deadlock. A mention is still deleted with the account (by
-- the discussions' part of account deletion) and with its post (the key to discussion_post stays).
ALTER TABLE discussion_mention DROP FOREIGN KEY IF EXISTS fk_discussion_mention_user;
