-- Logins that were ended (logout), by the random key the session held (decision 0045). A session
-- whose key is here is over on every instance, whatever copy of it an instance or the data grid
-- still holds: Payara's shared sessions let an instance that had read a session serve its own copy
-- after the session was invalidated on another (seen with bench/cluster_check.py's cluster).
-- Rows are kept two days, longer than a session lives (60 minutes idle).
CREATE TABLE ended_login (
  login_key CHAR(43) NOT NULL,
  ended_at DATETIME(6) NOT NULL,
  PRIMARY KEY (login_key),
  KEY ended_login_at (ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
