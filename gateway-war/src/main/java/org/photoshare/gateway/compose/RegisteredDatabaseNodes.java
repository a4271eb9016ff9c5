package org.photoshare.gateway.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.photoshare.galera.jdbc.GaleraCluster;
import org.photoshare.galera.jdbc.GaleraNode;
import org.photoshare.ui.model.DatabaseNode;
import org.photoshare.ui.port.DatabaseNodes;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Galera nodes as their agents register them in etcd (state and last committed seqno), for the
 * admin console. Empty when etcd is not configured or does not answer: the page says so.
 */
@ApplicationScoped
public class RegisteredDatabaseNodes implements DatabaseNodes {

    private static final Logger LOG = Logger.getLogger(RegisteredDatabaseNodes.class.getName());

    /** etcd's client URLs, comma-separated (e.g. {@code http://127.0.0.1:2379}). */
    @Inject
    @ConfigProperty(name = "photoshare.galera.etcd")
    Optional<String> etcd;

    @Inject
    @ConfigProperty(name = "photoshare.galera.cluster", defaultValue = "photoshare")
    String cluster;

    @Override
    public Optional<List<DatabaseNode>> nodes() {
        if (etcd.isEmpty() || etcd.get().isBlank()) {
            return Optional.empty();
        }
        try {
            List<URI> endpoints = Arrays.stream(etcd.get().split(","))
                    .map(String::trim).filter(url -> !url.isEmpty()).map(URI::create).toList();
            return Optional.of(GaleraCluster.registeredNodes(endpoints, cluster).stream()
                    .map(RegisteredDatabaseNodes::view).toList());
        } catch (IOException | IllegalArgumentException unavailable) {
            LOG.log(Level.WARNING, "Cannot read the Galera nodes from etcd: {0}", unavailable.toString());
            return Optional.empty();
        }
    }

    private static DatabaseNode view(GaleraNode node) {
        return new DatabaseNode(node.name(), node.address(), node.state(),
                node.seqno() < 0 ? "–" : Long.toString(node.seqno()));
    }
}
