package org.photoshare.galera.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The node a JVM's connections go to: the one it connected to last, for as long as etcd lists it as
 * Synced; else the Synced nodes in name order. Staying on one node (instead of going back to a
 * lower-named node that rejoins) keeps every connection of a pool on the same node, where each sees
 * the others' commits at once without causal reads.
 */
final class WriterNode {

    private volatile String current;

    /** The Synced nodes in the order new connections try them. */
    List<GaleraNode> order(List<GaleraNode> synced) {
        List<GaleraNode> ordered = new ArrayList<>(synced);
        String stay = current;
        ordered.sort(Comparator.comparing((GaleraNode n) -> !n.name().equals(stay)).thenComparing(GaleraNode::name));
        return ordered;
    }

    /** A new connection reached this node: from now on it is the one. */
    void connected(GaleraNode node) {
        current = node.name();
    }

    /** Whether connections to this node still belong: false once new ones go elsewhere. */
    boolean is(String node) {
        return node.equals(current);
    }
}
