package org.photoshare.systemtests.swarm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.photoshare.systemtests.Stack;

/** The swarm under test, driven through the docker command line (as an operator would). */
final class Swarm {

    static final String STACK = "photoshare";

    private Swarm() {
    }

    /** Runs {@code docker ARGS}; answers its standard output, fails on a non-zero exit. */
    static String docker(String... args) {
        return run(Map.of(), prefixed(List.of("docker"), args));
    }

    /** Runs {@code docker -H ssh://HOST ARGS}: the engine of another host of the swarm. */
    static String dockerOn(String host, String... args) {
        return run(Map.of(), prefixed(List.of("docker", "-H", "ssh://" + host), args));
    }

    /** Runs {@code ./photoshare swarm ARGS} (the swarm scripts, as an operator runs them); answers its output. */
    static String script(String... args) {
        return script(Map.of(), args);
    }

    /** {@code ./photoshare swarm ARGS} with these environment variables besides. */
    static String script(Map<String, String> environment, String... args) {
        String launcher = System.getProperty("photoshare.launcher");
        Map<String, String> env = new HashMap<>(environment);
        env.put("PHOTOSHARE_ADMINS", Stack.adminUsername());
        String output = run(env, prefixed(List.of(launcher, "swarm"), args));
        System.out.print(output);
        return output;
    }

    private static String[] prefixed(List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(Arrays.asList(args));
        return command.toArray(String[]::new);
    }

    private static String run(Map<String, String> environment, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(Duration.ofMinutes(30).toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The running containers of a service of the stack (on this node). */
    static List<String> containersOf(String service) {
        return lines(docker("ps", "-q", "--filter", "label=com.docker.swarm.service.name=" + STACK + "_" + service));
    }

    static List<String> healthyContainersOf(String service) {
        return lines(docker("ps", "-q", "--filter", "label=com.docker.swarm.service.name=" + STACK + "_" + service,
                "--filter", "health=healthy"));
    }

    /** "running/desired" of a service, e.g. "2/2". */
    static String replicas(String service) {
        return docker("service", "ls", "--filter", "name=" + STACK + "_" + service, "--format", "{{.Replicas}}").trim();
    }

    /** The Galera nodes registered in etcd: one "name=… host=… state=… …" line each. */
    static List<String> galeraNodes() {
        String etcd = containersOf("etcd").get(0);
        return lines(docker("exec", etcd, "env", "ETCDCTL_API=3", "etcdctl", "--endpoints=http://127.0.0.1:2379",
                "get", "--prefix", "/photoshare/galera/photoshare/nodes/", "--print-value-only"));
    }

    static long syncedNodes() {
        return galeraNodes().stream().filter(line -> line.contains("state=Synced")).count();
    }

    /** Runs SQL on the node of a db container (as its OS user, through the socket); answers the rows. */
    static List<String> sql(String container, String statement) {
        return lines(docker("exec", container, "mariadb", "--no-defaults", "--protocol=socket",
                "--socket=/var/lib/photoshare/run/mariadbd.sock", "-umysql", "-N", "-B", "-e", statement));
    }

    static void waitUntil(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
