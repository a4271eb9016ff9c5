package org.photoshare.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings a service's own schema to the latest version with the Flyway scripts under {@code db/migration}
 * and the service's Java migrations (registered here, not found by scanning the WAR).
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    public static void migrate(DataSource dataSource, ClassLoader scripts, JavaMigration... javaMigrations) {
        MigrateResult result = Flyway.configure(scripts)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema " + result.schemaName + " at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
