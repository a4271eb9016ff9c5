package org.photoshare.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Answers a readiness probe by asking the service's own database for a live connection to a node
 * that can serve the application: on a Galera cluster, a Synced node (the driver connects only to
 * nodes that etcd lists as Synced, and a node may have left that state since the connection opened).
 */
public final class DatabaseReadiness {

    private static final int TIMEOUT_SECONDS = 2;
    /** The property through which the Galera driver (galera-jdbc) lists the Synced nodes. */
    private static final String SYNCED_NODES = "syncedNodes";

    private DatabaseReadiness() {
    }

    /** The Synced nodes the URL's driver reports, or null when it reports none (not a cluster driver). */
    private static String syncedNodes(String url) {
        if (url == null) {
            return null;
        }
        try {
            for (DriverPropertyInfo info : DriverManager.getDriver(url).getPropertyInfo(url, new Properties())) {
                if (SYNCED_NODES.equals(info.name)) {
                    return info.value;
                }
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            return url.startsWith("jdbc:photoshare-galera:") ? "" : null;
        }
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
        return check(name, dataSource, null);
    }

    /**
     * As {@link #check(String, DataSource)}; with the datasource's URL, a cluster driver is asked
     * too (JDBC's getPropertyInfo): with no Synced node listed the service is not ready, even while a
     * pooled connection still answers.
     */
    public static HealthCheckResponse check(String name, DataSource dataSource, String url) {
        String syncedNodes = syncedNodes(url);
        if (syncedNodes != null && syncedNodes.isEmpty()) {
            return HealthCheckResponse.named(name).down().withData("syncedNodes", "none").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named(name).down().build();
            }
            String galeraState = galeraState(connection);
            return HealthCheckResponse.named(name)
                    .status(galeraState == null || "Synced".equals(galeraState))
                    .withData("galera", galeraState == null ? "off" : galeraState)
                    .withData("syncedNodes", syncedNodes == null ? "-" : syncedNodes)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(name).down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
