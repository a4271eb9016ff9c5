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
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * JDBC driver for {@code jdbc:photoshare-galera://ETCD/CLUSTER/SCHEMA?OPTIONS}: each new connection
 * goes to one of the cluster's Synced nodes as etcd lists them (cached for about a second): the node
 * this JVM writes through, for as long as it is Synced, else the next in name order (see
 * {@link WriterNode}). A new connection first waits until its node has applied every write committed
 * in the cluster before it (one causal read), so that after a failover nothing acknowledged is missed;
 * after that, its reads are plain reads on the node every connection of the JVM uses. Other URLs
 * ({@code jdbc:mariadb:…}) go to the MariaDB driver unchanged, so a datasource can name this class
 * whatever its URL.
 */
public final class GaleraDriver implements Driver {

    static final long CACHE_MILLIS = 1000;

    /** The {@link #getPropertyInfo} entry listing the Synced nodes ({@code name@host:port,…}). */
    public static final String SYNCED_NODES = "syncedNodes";

    private static final Logger LOG = Logger.getLogger(GaleraDriver.class.getName());
    private static final EtcdNodes ETCD = new EtcdNodes();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, WriterNode> WRITERS = new ConcurrentHashMap<>();
    /** Waits until the node has applied what the cluster committed before it; changes nothing. */
    private static final String CAUSAL_SYNC = "SET STATEMENT wsrep_sync_wait = 1 FOR SELECT 1";

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
        WriterNode writer = WRITERS.computeIfAbsent(galera.etcdEndpoints() + galera.nodesPrefix(), k -> new WriterNode());
        SQLException failure = null;
        for (GaleraNode node : writer.order(synced)) {
            try {
                Connection connection = mariadb.connect(galera.mariadbUrl(node), info);
                try {
                    causalSync(connection);
                } catch (SQLException | RuntimeException e) {
                    connection.close();
                    throw e;
                }
                writer.connected(node);
                return NodeConnection.of(connection, node.name(), writer);
            } catch (SQLException e) {
                LOG.fine(() -> "Galera node " + node + " refused a connection: " + e.getMessage());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    private static void causalSync(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CAUSAL_SYNC);
        }
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
