package org.photoshare.auth.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import org.photoshare.platform.persistence.SchemaMigrations;

import javax.sql.DataSource;

/**
 * The auth schema: its non-XA datasource (Galera rejects XA) and its migration at start-up.
 * Connection settings come from the environment or system properties (see the README).
 */
@DataSourceDefinition(
        name = AuthDatabase.JNDI_NAME,
        className = "org.photoshare.galera.jdbc.GaleraDriver",
        url = "${MPCONFIG=photoshare.auth.db.url}",
        user = "${MPCONFIG=photoshare.auth.db.user}",
        password = "${MPCONFIG=photoshare.auth.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=table",
                "fish.payara.validation-table-name=DUAL",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
public class AuthDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/photoshare-auth";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, AuthDatabase.class.getClassLoader());
    }

    @Produces
    public DataSource dataSource() {
        return dataSource;
    }
}
