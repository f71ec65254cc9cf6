package no.boforum.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up. Flyway gets its own plain JDBC connection so that it
 * never runs inside a container (XA) transaction, which MariaDB refuses for DDL. A database that
 * does not answer yet (starting beside the portal after a power cut, failing over) is asked again
 * {@code boforum.db.connect-retries} times, 1, 2, 4, 8 and then every 10 s (about 95 s in all by
 * default), while the portal answers that it is starting; only then does this attempt fail, and
 * start-up tries again a little later ({@link no.boforum.platform.ApplicationStartup}).
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

  @Inject
  @ConfigProperty(name = "boforum.db.connect-retries", defaultValue = "12")
  int connectRetries;

  public void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(url, user, password)
            .connectRetries(connectRetries)
            .connectRetriesInterval(10)
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
