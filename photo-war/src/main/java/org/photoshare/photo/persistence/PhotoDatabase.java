package org.photoshare.photo.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import org.photoshare.platform.persistence.GarbledTextRepair;
import org.photoshare.platform.persistence.SchemaMigrations;

import javax.sql.DataSource;

/**
 * The photo schema: its non-XA datasource (Galera rejects XA) and its migration at start-up.
 * Connection settings come from the environment or system properties (see the README).
 */
@DataSourceDefinition(
        name = PhotoDatabase.JNDI_NAME,
        className = "org.photoshare.galera.jdbc.GaleraDriver",
        url = "${MPCONFIG=photoshare.photo.db.url}",
        user = "${MPCONFIG=photoshare.photo.db.user}",
        password = "${MPCONFIG=photoshare.photo.db.password}",
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
public class PhotoDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/photoshare-photo";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, PhotoDatabase.class.getClassLoader(),
                new GarbledTextRepair("2", "photo", "id", "title"));
    }

    @Produces
    public DataSource dataSource() {
        return dataSource;
    }
}
