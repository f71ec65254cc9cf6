-- Registrations and password-reset requests, counted per target email and per client address
-- so that both can be rate limited (issue 18). Rows older than the window are deleted as new
-- ones come.
CREATE TABLE account_request (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(16)  NOT NULL,
  email        VARCHAR(254) NOT NULL,
  address      VARCHAR(45)  NOT NULL,
  requested_at DATETIME(6)  NOT NULL,
  INDEX ix_account_request_email (kind, email, requested_at),
  INDEX ix_account_request_address (kind, address, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
