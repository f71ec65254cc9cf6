-- The bulk export of open data: each build's ZIP lives in the files directory under file_name;
-- the last row names the current one. record_counts is JSON: dataset name to number of records.
CREATE TABLE open_data_build (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  started_at    DATETIME(6)   NOT NULL,
  finished_at   DATETIME(6)   NOT NULL,
  file_name     VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  record_counts VARCHAR(2000) NOT NULL,
  -- The last request (open_data_request.id) made before this build began: it and those before it
  -- are answered. Ids, not times, so that the instances' clocks need not agree.
  answered_request_id BIGINT NULL,
  INDEX ix_open_data_build_finished (finished_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An administrator asked for a fresh export before the next scheduled one.
CREATE TABLE open_data_request (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  requested_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
