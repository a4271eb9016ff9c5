package org.photoshare.comment.persistence;

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
 * The comment schema: its non-XA datasource (Galera rejects XA) and its migration at start-up.
 */
@DataSourceDefinition(
        name = CommentDatabase.JNDI_NAME,
        className = "org.photoshare.galera.jdbc.GaleraDriver",
        url = "${MPCONFIG=photoshare.comment.db.url}",
        user = "${MPCONFIG=photoshare.comment.db.user}",
        password = "${MPCONFIG=photoshare.comment.db.password}",
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
public class CommentDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/photoshare-comment";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, CommentDatabase.class.getClassLoader(),
                new GarbledTextRepair("2", "comment", "id", "text"));
    }

    @Produces
    public DataSource dataSource() {
        return dataSource;
    }
}
