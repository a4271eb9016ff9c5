package org.photoshare.systemtests.galera;

import org.photoshare.systemtests.Stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Galera nodes and their registrations in the stack's etcd, seen from outside (etcdctl, mariadb). */
final class Galera {

    private Galera() {
    }

    static int portOffset() {
        return Integer.parseInt(System.getProperty("photoshare.port-offset", "0"));
    }

    static String etcdEndpoint() {
        return "http://127.0.0.1:" + (2379 + portOffset());
    }

    static Path nodeAgent() {
        return Path.of(System.getProperty("photoshare.launcher")).getParent()
                .resolve("docker/galera/photoshare-galera-node");
    }

    /** The registrations of a cluster's nodes: name → fields (state, seqno, uuid, port …). */
    static Map<String, Map<String, String>> registeredNodes(String cluster) {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        String out = run(List.of("etcdctl", "--endpoints=" + etcdEndpoint(), "get", "--prefix",
                "/photoshare/galera/" + cluster + "/nodes/", "--print-value-only"), Map.of("ETCDCTL_API", "3"));
        for (String line : out.split("\n")) {
            Map<String, String> fields = new HashMap<>();
            for (String field : line.trim().split("\\s+")) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    fields.put(field.substring(0, eq), field.substring(eq + 1));
                }
            }
            if (fields.containsKey("name")) {
                nodes.put(fields.get("name"), fields);
            }
        }
        return nodes;
    }

    static boolean synced(String cluster, String node) {
        Map<String, String> fields = registeredNodes(cluster).get(node);
        return fields != null && "Synced".equals(fields.get("state"));
    }

    /** A status variable of the node behind a socket, as root over the socket. */
    static String status(Path socket, String variable) {
        return query(socket, "SHOW GLOBAL STATUS LIKE '" + variable + "'").replaceFirst("^\\S+\\s+", "").trim();
    }

    static String query(Path socket, String sql) {
        return run(List.of("mariadb", "--no-defaults", "--protocol=socket", "--socket=" + socket, "-uroot", "-N", "-B",
                "-e", sql), Map.of()).trim();
    }

    static String run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(500);
        }
    }

    static long pidIn(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).trim());
    }

    /** One node run by the node agent as a child of the test, on ports of its own. */
    static final class Node {
        final String cluster;
        final String name;
        final int sqlPort;
        final int gcommPort;
        final Path dir;
        Process agent;

        Node(String cluster, int index, Path base) {
            this.cluster = cluster;
            this.name = "n" + index;
            this.sqlPort = 3400 + index + portOffset();
            this.gcommPort = 3500 + 10 * index + portOffset();
            this.dir = base.resolve(name);
        }

        Path socket() {
            return dir.resolve("run/mariadbd.sock");
        }

        Path log() {
            return dir.resolve("agent.log");
        }

        void start() throws IOException {
            Files.createDirectories(dir);
            ProcessBuilder builder = new ProcessBuilder(nodeAgent().toString(), "run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            Map<String, String> env = builder.environment();
            env.put("GALERA_NODE_NAME", name);
            env.put("GALERA_ADDRESS", "127.0.0.1");
            env.put("GALERA_PORT", Integer.toString(sqlPort));
            env.put("GALERA_GCOMM_PORT", Integer.toString(gcommPort));
            env.put("GALERA_IST_PORT", Integer.toString(gcommPort + 1));
            env.put("GALERA_SST_PORT", Integer.toString(gcommPort + 2));
            env.put("GALERA_DATADIR", dir.resolve("data").toString());
            env.put("GALERA_RUNDIR", dir.resolve("run").toString());
            env.put("GALERA_CLUSTER", cluster);
            env.put("GALERA_BUFFER_POOL", "32M");
            env.put("ETCD_ENDPOINT", etcdEndpoint());
            agent = builder.start();
        }

        /** A clean stop: TERM to the agent, which shuts MariaDB down and records its seqno. */
        void stop() throws InterruptedException {
            if (agent != null && agent.isAlive()) {
                agent.destroy();
                if (!agent.waitFor(120, TimeUnit.SECONDS)) {
                    agent.destroyForcibly();
                    throw new AssertionError(name + " did not stop within 120 s");
                }
            }
        }

        String logText() {
            try {
                return Files.readString(log());
            } catch (IOException e) {
                return "";
            }
        }
    }

    static List<Node> nodes(String cluster, Path base, int count) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            nodes.add(new Node(cluster, i, base));
        }
        return nodes;
    }
}
