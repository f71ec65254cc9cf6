-- Forum events (decision 0012). Times of the event itself (start, end, registration window, agenda
-- items, the release of seat groups) are wall-clock times in Europe/Oslo, as hosts write them and
-- registrants read them; the bookkeeping times (created, updated, registered, ...) are UTC, as in
-- the other tables. calendar_sequence is the iCalendar SEQUENCE: raised on each change that a
-- calendar should show. version is the optimistic lock of editors' writes.
CREATE TABLE event (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug                   VARCHAR(120)  NOT NULL,
  state                  VARCHAR(12)   NOT NULL,
  title                  VARCHAR(200)  NOT NULL,
  summary                VARCHAR(300)  NOT NULL,
  description            MEDIUMTEXT    NOT NULL,
  language               CHAR(2)       NOT NULL,
  format                 VARCHAR(12)   NOT NULL,
  venue_name             VARCHAR(200),
  venue_address          VARCHAR(300),
  municipality           CHAR(4),
  join_link              VARCHAR(500),
  starts_at              DATETIME      NOT NULL,
  ends_at                DATETIME      NOT NULL,
  registration_opens_at  DATETIME,
  registration_closes_at DATETIME,
  capacity               INT,
  seats_released_at      DATETIME,
  offer_window_hours     INT           NOT NULL DEFAULT 72,
  offer_hours            INT           NOT NULL DEFAULT 24,
  answers_kept_days      INT           NOT NULL DEFAULT 30,
  terms                  TEXT,
  ask_dietary            BOOLEAN       NOT NULL DEFAULT FALSE,
  ask_accessibility      BOOLEAN       NOT NULL DEFAULT FALSE,
  free_question          VARCHAR(300),
  host_organisation_id   BIGINT        NOT NULL,
  contact_name           VARCHAR(120),
  contact_email          VARCHAR(254),
  contact_phone          VARCHAR(40),
  illustrative           BOOLEAN       NOT NULL DEFAULT FALSE,
  source_hash            CHAR(64),
  created_by             BIGINT,
  calendar_sequence      INT           NOT NULL DEFAULT 0,
  moved_at               DATETIME(6),
  version                BIGINT        NOT NULL DEFAULT 0,
  created_at             DATETIME(6)   NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  published_at           DATETIME(6),
  cancelled_at           DATETIME(6),
  closed_at              DATETIME(6),
  CONSTRAINT uq_event_slug UNIQUE (slug),
  CONSTRAINT fk_event_host FOREIGN KEY (host_organisation_id) REFERENCES organisation (id),
  INDEX ix_event_state_start (state, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE event_cohost (
  event_id        BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (event_id, organisation_id),
  CONSTRAINT fk_event_cohost_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_cohost_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Themes and target groups, codes of the taxonomies.
CREATE TABLE event_term (
  event_id BIGINT      NOT NULL,
  taxonomy VARCHAR(40) NOT NULL,
  code     VARCHAR(60) NOT NULL,
  PRIMARY KEY (event_id, taxonomy, code),
  CONSTRAINT fk_event_term_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  INDEX ix_event_term_code (taxonomy, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The agenda: items in order, each with an optional time (Europe/Oslo) and linked practices (by
-- slug, as the practice pages are addressed).
CREATE TABLE event_agenda_item (
  event_id  BIGINT        NOT NULL,
  position  INT           NOT NULL,
  starts_at TIME,
  title     VARCHAR(200)  NOT NULL,
  text      TEXT,
  speakers  VARCHAR(300),
  practices VARCHAR(1000),
  PRIMARY KEY (event_id, position),
  CONSTRAINT fk_event_agenda_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Seats reserved for sectors: a group of the capacity for some actor types (the organisation's, or
-- privatperson / brukerrepresentant for people registering on their own), with a waiting list each.
CREATE TABLE event_seat_group (
  id       BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id BIGINT       NOT NULL,
  position INT          NOT NULL,
  name     VARCHAR(100) NOT NULL,
  seats    INT          NOT NULL,
  CONSTRAINT fk_event_seat_group_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT uq_event_seat_group UNIQUE (event_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE event_seat_group_sector (
  seat_group_id BIGINT      NOT NULL,
  sector        VARCHAR(60) NOT NULL,
  PRIMARY KEY (seat_group_id, sector),
  CONSTRAINT fk_event_seat_group_sector FOREIGN KEY (seat_group_id) REFERENCES event_seat_group (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One registration per person and event, kept when cancelled (a new registration reuses the row).
-- status: CONFIRMED, WAITING, OFFERED (a seat held for offer_expires_at), CANCELLED. queued_at
-- orders the waiting list within a seat group (then id). The answers to the host's questions are
-- cleared answers_kept_days after the event (answers_cleared_at).
CREATE TABLE event_registration (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id           BIGINT       NOT NULL,
  user_id            BIGINT       NOT NULL,
  registered_as      VARCHAR(20)  NOT NULL,
  organisation_id    BIGINT,
  sector             VARCHAR(60)  NOT NULL,
  seat_group_id      BIGINT,
  status             VARCHAR(12)  NOT NULL,
  code               VARCHAR(8)   NOT NULL,
  queued_at          DATETIME(6)  NOT NULL,
  offer_expires_at   DATETIME(6),
  promoted_at        DATETIME(6),
  confirmed_at       DATETIME(6),
  cancelled_at       DATETIME(6),
  cancelled_by_host  BOOLEAN      NOT NULL DEFAULT FALSE,
  checked_in_at      DATETIME(6),
  terms_accepted_at  DATETIME(6),
  dietary_needs      VARCHAR(500),
  accessibility_needs VARCHAR(500),
  free_answer        VARCHAR(1000),
  answers_cleared_at DATETIME(6),
  table_group        INT,
  reminded_at        DATETIME(6),
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_event_registration_person UNIQUE (event_id, user_id),
  CONSTRAINT uq_event_registration_code UNIQUE (event_id, code),
  CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_registration_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_event_registration_group FOREIGN KEY (seat_group_id) REFERENCES event_seat_group (id)
    ON DELETE SET NULL,
  INDEX ix_event_registration_queue (event_id, status, seat_group_id, queued_at),
  INDEX ix_event_registration_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Secrets that sign links sent by mail (the cancellation link of a registration), one per purpose,
-- made at the first start and shared by every instance through the database.
CREATE TABLE signing_key (
  name       VARCHAR(60)  NOT NULL PRIMARY KEY,
  secret     VARBINARY(64) NOT NULL,
  created_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
