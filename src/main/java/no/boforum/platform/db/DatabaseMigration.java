package no.boforum.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up. Flyway gets its own plain JDBC connection so that it
 * never runs inside a container (XA) transaction, which MariaDB refuses for DDL.
 */
@ApplicationScoped
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Inject
  @ConfigProperty(name = "boforum.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "boforum.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "boforum.db.password")
  String password;

  public void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
