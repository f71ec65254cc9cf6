-- A login at an OpenID Connect provider, linked to a local account: the provider's issuer and the
-- person's subject there. Linked by verified email at the first login, by this row afterwards.
CREATE TABLE oidc_identity (
  issuer     VARCHAR(300) NOT NULL,
  subject    VARCHAR(255) NOT NULL,
  user_id    BIGINT       NOT NULL,
  linked_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (issuer, subject),
  CONSTRAINT fk_oidc_identity_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
