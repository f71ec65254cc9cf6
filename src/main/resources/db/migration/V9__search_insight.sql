-- What people search for, counted per day and query. Nobody's identity, address or time of day is
-- kept: only the day, the words and two counts.
CREATE TABLE search_query_day (
  day          DATE         NOT NULL,
  query        VARCHAR(200) NOT NULL,
  searches     INT          NOT NULL,
  zero_results INT          NOT NULL,
  PRIMARY KEY (day, query),
  INDEX ix_search_query_day_query (query)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
