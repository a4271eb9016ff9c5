package org.photoshare.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The stack under test, as started by {@code ./photoshare test}: its URLs, its state directory
 * (keys and secrets the tests need to forge tokens and inspect the database), and the launcher.
 */
public final class Stack {

    private Stack() {
    }

    public static String authUrl() {
        return url("auth");
    }

    public static String profileUrl() {
        return url("profile");
    }

    /** A service's base URL: its server root plus its context root, e.g. http://127.0.0.1:5002/photo. */
    public static String url(String service) {
        return rootOf(service) + ("gateway".equals(service) ? "" : "/" + service);
    }

    /**
     * The server root of a service (health, metrics and openapi live there, not under the context).
     * In server mode ({@code -Dphotoshare.mode=server}) every service is in one EAR on one Payara Server.
     */
    public static String rootOf(String service) {
        if (isSwarmMode()) {
            if (!"gateway".equals(service)) {
                throw new IllegalStateException("In swarm mode only the gateway is reachable, not " + service);
            }
            return "http://127.0.0.1:4999";
        }
        int port = isServerMode() ? 4880 : basePort(service);
        return "http://127.0.0.1:" + (port + portOffset());
    }

    public static boolean isServerMode() {
        return "server".equals(System.getProperty("photoshare.mode"));
    }

    /** Swarm mode ({@code -Dphotoshare.mode=swarm}): the stack on Docker Swarm, published on 127.0.0.1:4999 only. */
    public static boolean isSwarmMode() {
        return "swarm".equals(System.getProperty("photoshare.mode"));
    }

    /** The admin console (and REST management API) of the Payara Server in server mode. */
    public static String adminConsoleUrl() {
        return "http://127.0.0.1:" + (4848 + portOffset());
    }

    private static int basePort(String service) {
        return switch (service) {
            case "gateway" -> 4999;
            case "profile" -> 5000;
            case "auth" -> 5001;
            case "photo" -> 5002;
            case "vote" -> 5003;
            case "comment" -> 5004;
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
    }

    public static int databasePort() {
        return 3311 + portOffset();
    }

    public static Path home() {
        return Path.of(required("photoshare.home"));
    }

    public static String secret(String name) {
        try {
            return Files.readString(home().resolve("secrets").resolve(name)).trim();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read secret " + name + " of the stack under test", e);
        }
    }

    public static String adminUsername() {
        return required("photoshare.admin");
    }

    /** Runs {@code ./photoshare ARGS} against the stack under test and waits for it. */
    public static void launcher(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = required("photoshare.launcher");
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("PHOTOSHARE_HOME", home().toString());
        env.put("PHOTOSHARE_PORT_OFFSET", Integer.toString(portOffset()));
        try {
            Process process = builder.start();
            if (!process.waitFor(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("launcher " + String.join(" ", args) + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("launcher " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int portOffset() {
        return Integer.parseInt(System.getProperty("photoshare.port-offset", "0"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the system tests through ./photoshare test");
        }
        return value;
    }
}
