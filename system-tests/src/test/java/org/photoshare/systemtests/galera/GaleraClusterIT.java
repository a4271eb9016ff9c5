package org.photoshare.systemtests.galera;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.photoshare.systemtests.Stack;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clusters of the node agent, apart from the application's (a cluster name of their own in the same
 * etcd): formation from nothing with three nodes started at the same instant, and the restart after a
 * full stop from the node with the highest seqno.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterIT {

    private static final String CLUSTER = "it" + System.currentTimeMillis();
    private static List<Galera.Node> nodes;

    @BeforeAll
    static void nodes() {
        nodes = Galera.nodes(CLUSTER, Stack.home().resolve("galera-it").resolve(CLUSTER), 3);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Galera.Node node : nodes) {
            node.stop();
        }
        Galera.run(List.of("etcdctl", "--endpoints=" + Galera.etcdEndpoint(), "del", "--prefix", "/photoshare/galera/" + CLUSTER + "/"),
                java.util.Map.of("ETCDCTL_API", "3"));
    }

    @Test
    @Order(1)
    void threeNodesStartedAtTheSameInstantFromNothingFormOneCluster() throws Exception {
        startAllAtOnce();
        awaitAllSynced();

        Set<String> clusterUuids = new HashSet<>();
        for (Galera.Node node : nodes) {
            assertThat(Galera.status(node.socket(), "wsrep_cluster_size")).as(node.name).isEqualTo("3");
            clusterUuids.add(Galera.status(node.socket(), "wsrep_cluster_state_uuid"));
        }
        assertThat(clusterUuids).as("cluster state UUIDs").hasSize(1);
        long bootstrappers = nodes.stream().filter(n -> n.logText().contains(": elected to bootstrap")).count();
        assertThat(bootstrappers).as("nodes that bootstrapped").isEqualTo(1);
    }

    @Test
    @Order(2)
    void afterAFullStopTheNodeWithTheHighestSeqnoBootstrapsWithAllData() throws Exception {
        Galera.Node first = nodes.get(0);
        Galera.Node second = nodes.get(1);
        Galera.Node third = nodes.get(2);
        Galera.query(first.socket(), "CREATE DATABASE IF NOT EXISTS it; CREATE TABLE it.t (id INT PRIMARY KEY, v TEXT)");
        // Stopped one after the other with writes between: the last one (n2) has the highest seqno.
        Galera.query(first.socket(), "INSERT INTO it.t VALUES (1, 'all three')");
        first.stop();
        Galera.query(third.socket(), "INSERT INTO it.t VALUES (2, 'n2 and n3')");
        third.stop();
        Galera.query(second.socket(), "INSERT INTO it.t VALUES (3, 'only n2')");
        second.stop();

        java.util.Map<Galera.Node, Integer> logLengths = new java.util.HashMap<>();
        nodes.forEach(node -> logLengths.put(node, node.logText().length()));
        startAllAtOnce();
        awaitAllSynced();

        for (Galera.Node node : nodes) {
            String restartLog = node.logText().substring(logLengths.get(node));
            if (node == second) {
                assertThat(restartLog).as(node.name + " (highest seqno)").contains(": elected to bootstrap");
            } else {
                assertThat(restartLog).as(node.name).doesNotContain(": elected to bootstrap").contains("joining the Synced nodes");
            }
        }
        for (Galera.Node node : nodes) {
            assertThat(Galera.query(node.socket(), "SELECT GROUP_CONCAT(id ORDER BY id) FROM it.t"))
                    .as("rows on " + node.name).isEqualTo("1,2,3");
            assertThat(Galera.status(node.socket(), "wsrep_cluster_size")).isEqualTo("3");
        }
    }

    private static void startAllAtOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> starters = nodes.stream().map(node -> new Thread(() -> {
            try {
                go.await();
                node.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        starters.forEach(Thread::start);
        go.countDown();
        for (Thread starter : starters) {
            starter.join();
        }
    }

    private static void awaitAllSynced() throws InterruptedException {
        for (Galera.Node node : nodes) {
            Galera.await(Duration.ofMinutes(4), node.name + " Synced in etcd (log " + node.log() + ")",
                    () -> Galera.synced(CLUSTER, node.name));
        }
    }
}
