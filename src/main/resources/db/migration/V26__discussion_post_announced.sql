-- When a post's asker and followers were told of it (decision 0020, amendment): an edit or a
-- moderator's later decision tells them nothing again. Posts shown before this column existed
-- count as told (they were, or they came before notifications); a post still waiting is told when
-- it is approved.
ALTER TABLE discussion_post ADD COLUMN announced_at DATETIME(6);
UPDATE discussion_post SET announced_at = created_at WHERE state <> 'PENDING';
