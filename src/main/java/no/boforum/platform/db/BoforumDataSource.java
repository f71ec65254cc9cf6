package no.boforum.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the container-managed connection pool. Payara resolves the {@code ${MPCONFIG=...}}
 * references when it deploys the pool, before the application's own config file is read, so the
 * embedded defaults are written here (see docs/decisions/0001-embedded-servers.md).
 */
@ApplicationScoped
@DataSourceDefinition(
    name = BoforumDataSource.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=boforum.db.url:jdbc:mariadb://127.0.0.1:3306/boforum}",
    user = "${MPCONFIG=boforum.db.user:boforum}",
    password = "${MPCONFIG=boforum.db.password:boforum}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class BoforumDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/boforum";
}
