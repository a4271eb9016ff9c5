package org.photoshare.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Answers a readiness probe by asking the service's own database for a live connection to a node
 * that can serve the application: on a Galera cluster, a Synced node (the driver connects only to
 * nodes that etcd lists as Synced, and a node may have left that state since the connection opened).
 */
public final class DatabaseReadiness {

    private static final int TIMEOUT_SECONDS = 2;

    private DatabaseReadiness() {
    }

    /** The node's wsrep_local_state_comment, or null when the database is not a Galera node. */
    private static String galeraState(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery("SHOW STATUS LIKE 'wsrep_local_state_comment'")) {
                return row.next() ? row.getString(2) : null;
            }
        }
    }

    public static HealthCheckResponse check(String name, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named(name).down().build();
            }
            String galeraState = galeraState(connection);
            return HealthCheckResponse.named(name)
                    .status(galeraState == null || "Synced".equals(galeraState))
                    .withData("galera", galeraState == null ? "off" : galeraState)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(name).down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
