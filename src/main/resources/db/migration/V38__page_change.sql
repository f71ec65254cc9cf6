-- What made an instance's kept pages stale (decision 0044): each instance writes here what it
-- dropped from its own page cache, and every other instance reads the rows it has not seen about
-- once a second and drops the same pages. kind NULL: every page; item_key NULL: the pages of many
-- items of that kind (lists, search, home); both set: that item's page and the pages of many items.
-- Rows older than ten minutes are deleted.
CREATE TABLE page_change (
  id BIGINT NOT NULL AUTO_INCREMENT,
  instance CHAR(36) NOT NULL,
  kind VARCHAR(40) NULL,
  item_key VARCHAR(255) NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY page_change_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
