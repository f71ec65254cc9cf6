-- What a forum found, written by its host when closing it (decision 0012): a short report and
-- findings of a kind, each of which may link to practices (by slug). A finding can start a new
-- practice draft or a planned adoption; those live in the practice's own tables.
ALTER TABLE event ADD COLUMN closing_report TEXT;
ALTER TABLE event ADD COLUMN close_reminders INT NOT NULL DEFAULT 0;

CREATE TABLE event_finding (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id   BIGINT        NOT NULL,
  position   INT           NOT NULL,
  kind       VARCHAR(30)   NOT NULL,
  text       VARCHAR(2000) NOT NULL,
  practices  VARCHAR(1000),
  CONSTRAINT fk_event_finding_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT uq_event_finding UNIQUE (event_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "Which forums discussed this practice": findings and agenda items name practices by slug.
CREATE INDEX ix_event_finding_event ON event_finding (event_id);
