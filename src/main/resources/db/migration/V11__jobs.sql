-- One row per periodic job (and per cluster-wide lock, such as the search rebuild's): the claim that
-- lets one instance of the cluster at a time run it, and no instance twice in a period. An instance
-- claims a row with a conditional UPDATE (due, and no live lease); while it works it renews the
-- lease; at the end it gives the lease back and sets the next due time. A dead instance's lease
-- runs out, and another instance takes the work over. Times come from the database's clock
-- (NOW(6)), so instances with clocks apart still agree.
CREATE TABLE job (
  name          VARCHAR(100)  NOT NULL PRIMARY KEY,
  next_due      DATETIME(6)   NOT NULL,
  owner         VARCHAR(200),
  lease_until   DATETIME(6),
  last_started  DATETIME(6),
  last_finished DATETIME(6),
  last_outcome  VARCHAR(20),
  last_error    VARCHAR(1000),
  runs          BIGINT        NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
