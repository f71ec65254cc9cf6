-- One row per thing that account requests are counted for (an email address or a client address,
-- per kind of request). Counting locks its rows first, so that parallel requests for the same
-- address are counted one after another rather than all passing the same count (issue 18 review).
CREATE TABLE account_request_key (
  kind    VARCHAR(16)  NOT NULL,
  subject VARCHAR(300) NOT NULL,
  PRIMARY KEY (kind, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
