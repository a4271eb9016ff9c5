package org.photoshare.galera.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * JDBC driver for {@code jdbc:photoshare-galera://ETCD/CLUSTER/SCHEMA?OPTIONS}: each new connection
 * goes to the cluster's Synced nodes as etcd lists them (cached for about a second), in name order,
 * through MariaDB Connector/J's sequential mode, so every client writes through the same node while
 * it lives and moves to the next when it dies. Other URLs ({@code jdbc:mariadb:…}) go to the MariaDB
 * driver unchanged, so a datasource can name this class whatever its URL.
 */
public final class GaleraDriver implements Driver {

    static final long CACHE_MILLIS = 1000;

    /** The {@link #getPropertyInfo} entry listing the Synced nodes ({@code name@host:port,…}). */
    public static final String SYNCED_NODES = "syncedNodes";

    private static final Logger LOG = Logger.getLogger(GaleraDriver.class.getName());
    private static final EtcdNodes ETCD = new EtcdNodes();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private final Driver mariadb = new org.mariadb.jdbc.Driver();

    static {
        try {
            DriverManager.registerDriver(new GaleraDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private record Cached(List<GaleraNode> nodes, long fetchedAt) {
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!GaleraUrl.accepts(url)) {
            return mariadb.acceptsURL(url) ? mariadb.connect(url, info) : null;
        }
        GaleraUrl galera;
        try {
            galera = GaleraUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new SQLNonTransientConnectionException(e.getMessage(), "08001", e);
        }
        List<GaleraNode> synced = syncedNodes(galera);
        if (synced.isEmpty()) {
            throw new SQLTransientConnectionException(
                    "no Synced node of Galera cluster '" + galera.cluster() + "' is registered in etcd", "08001");
        }
        return mariadb.connect(galera.mariadbUrl(synced), info);
    }

    /** The Synced nodes of the cluster, in name order, from etcd or from the last second's answer. */
    public static List<GaleraNode> syncedNodes(GaleraUrl url) throws SQLException {
        String key = url.etcdEndpoints() + url.nodesPrefix();
        long now = System.currentTimeMillis();
        Cached cached = CACHE.get(key);
        if (cached == null || now - cached.fetchedAt() > CACHE_MILLIS) {
            try {
                List<GaleraNode> synced = ETCD.fetch(url.etcdEndpoints(), url.nodesPrefix()).stream()
                        .filter(GaleraNode::synced).toList();
                if (cached == null || !cached.nodes().equals(synced)) {
                    LOG.info(() -> "Galera cluster '" + url.cluster() + "': Synced nodes " + synced);
                }
                cached = new Cached(synced, now);
                CACHE.put(key, cached);
            } catch (IOException e) {
                throw new SQLTransientConnectionException(
                        "cannot read the nodes of Galera cluster '" + url.cluster() + "' from etcd: " + e.getMessage(),
                        "08001", e);
            }
        }
        return cached.nodes();
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return GaleraUrl.accepts(url) || mariadb.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        if (!GaleraUrl.accepts(url)) {
            return mariadb.getPropertyInfo(url, info);
        }
        // What the driver sees, for health checks and consoles through plain JDBC: the Synced nodes.
        DriverPropertyInfo synced = new DriverPropertyInfo(SYNCED_NODES, String.join(",",
                syncedNodes(GaleraUrl.parse(url)).stream().map(n -> n.name() + "@" + n.address()).toList()));
        synced.description = "the cluster's Synced nodes in etcd, in the order connections try them";
        return new DriverPropertyInfo[] {synced};
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }
}
