package no.boforum.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the container-managed connection pool. Payara resolves the {@code ${MPCONFIG=...}}
 * references when it deploys the pool, before the application's own config file is read, so the
 * embedded defaults are written here (see docs/decisions/0001-embedded-servers.md). Transactions
 * read committed data (decision 0012: the seat counts read under an event's row lock).
 */
@ApplicationScoped
@DataSourceDefinition(
    name = BoforumDataSource.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=boforum.db.url:jdbc:mariadb://127.0.0.1:3306/boforum}",
    user = "${MPCONFIG=boforum.db.user:boforum}",
    password = "${MPCONFIG=boforum.db.password:boforum}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // Each statement sees what others committed before it: after a feature takes a row lock
    // (SELECT ... FOR UPDATE), its plain reads see every change the previous holder committed,
    // not a snapshot from the transaction's first read (InnoDB's REPEATABLE READ default).
    isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
    // After the database restarted, every pooled connection is dead: each is checked (JDBC 4's
    // isValid, a ping) before it is handed out, and one that fails empties the pool, so the portal
    // recovers by itself without a restart (issue 17's drill, bench/drill_database.py).
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
public class BoforumDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/boforum";
}
