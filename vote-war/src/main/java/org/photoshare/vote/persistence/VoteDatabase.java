package org.photoshare.vote.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import org.photoshare.platform.persistence.SchemaMigrations;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * The vote schema: its non-XA datasource (Galera rejects XA) and its migration at start-up.
 * READ COMMITTED: each statement reads the latest committed rows, so the counts derived after the
 * photo's row lock include every vote committed before it (see the README).
 */
@DataSourceDefinition(
        name = VoteDatabase.JNDI_NAME,
        className = "org.photoshare.galera.jdbc.GaleraDriver",
        url = "${MPCONFIG=photoshare.vote.db.url}",
        user = "${MPCONFIG=photoshare.vote.db.user}",
        password = "${MPCONFIG=photoshare.vote.db.password}",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 1,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=table",
                "fish.payara.validation-table-name=DUAL",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
public class VoteDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/photoshare-vote";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, VoteDatabase.class.getClassLoader());
    }

    @Produces
    public DataSource dataSource() {
        return dataSource;
    }
}
