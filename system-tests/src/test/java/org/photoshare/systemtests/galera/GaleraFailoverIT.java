package org.photoshare.systemtests.galera;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.photoshare.systemtests.PhotoAnnouncer;
import org.photoshare.systemtests.Stack;
import org.photoshare.systemtests.Users;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's cluster under change while it serves: scaling from one node to three, and the
 * node that the services write through killed (-9) under a load of votes and comments.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraFailoverIT {

    private static final String CLUSTER = "photoshare";
    private static final List<String> DB_SERVICES = List.of("profile", "auth", "photo", "vote", "comment");

    @Test
    @Order(1)
    void scalingFromOneToThreeNodesFailsNoRequestAndTheServicesUseTheNewNodes() throws Exception {
        List<Users.User> voters = List.of(Users.registered("scaler"), Users.registered("scaler"));
        long photo = PhotoAnnouncer.newPhoto();
        Stack.launcher("scale", "db=1");
        for (String service : DB_SERVICES) {
            Galera.await(Duration.ofSeconds(30), service + " ready on one node",
                    () -> given().get(Stack.rootOf(service) + "/health/ready").statusCode() == 200);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        Thread load = new Thread(() -> {
            int i = 0;
            while (running.get()) {
                Users.User voter = voters.get(i % 2);
                int status = vote(voter, photo, i % 3 - 1).statusCode();
                int read = given().get(Stack.url("vote") + "/photos/counts?ids=" + photo).statusCode();
                requests.addAndGet(2);
                if (status != 200 || read != 200) {
                    synchronized (failures) {
                        failures.add("vote " + status + ", counts " + read);
                    }
                }
                i++;
            }
        });
        load.start();
        long started = System.nanoTime();
        Stack.launcher("scale", "db=3");
        System.out.printf("scale 1 -> 3: %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        Thread.sleep(3000);
        running.set(false);
        load.join();

        assertThat(failures).as("failed requests out of " + requests.get()).isEmpty();
        for (String node : List.of("db1", "db2", "db3")) {
            assertThat(Galera.synced(CLUSTER, node)).as(node + " Synced in etcd").isTrue();
        }
        for (String service : DB_SERVICES) {
            Galera.await(Duration.ofSeconds(10), service + " lists db3 as Synced",
                    () -> given().get(Stack.rootOf(service) + "/health/ready").asString().contains("db3@"));
        }
    }

    @Test
    @Order(2)
    void killingTheNodeTheServicesWriteThroughLosesNoAcknowledgedWrite() throws Exception {
        // db1: the first Synced node by name, where every service's connections go.
        killUnderLoad(List.of("db1"));
    }

    @Test
    @Order(3)
    void killingTwoNodesInQuickSuccessionLosesNoAcknowledgedWrite() throws Exception {
        // Jepsen's scenario: the writer, then the next one a second later; the survivor loses quorum.
        killUnderLoad(List.of("db1", "db2"));
    }

    private static void killUnderLoad(List<String> victims) throws Exception {
        for (String node : List.of("db1", "db2", "db3")) {
            Galera.await(Duration.ofMinutes(3), node + " Synced before the kill", () -> Galera.synced(CLUSTER, node));
        }
        List<Users.User> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(Users.registered("load"));
        }
        List<Long> photos = List.of(PhotoAnnouncer.newPhoto(), PhotoAnnouncer.newPhoto(), PhotoAnnouncer.newPhoto());

        Map<String, Integer> ackedVotes = new ConcurrentHashMap<>();
        Set<String> ackedComments = ConcurrentHashMap.newKeySet();
        AtomicInteger failedAttempts = new AtomicInteger();
        AtomicInteger operations = new AtomicInteger();
        AtomicLong firstFailure = new AtomicLong();
        AtomicLong lastFailure = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Future<?>> workers = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            Users.User user = users.get(u);
            int index = u;
            workers.add(pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    long photo = photos.get(i % photos.size());
                    int n = i;
                    if (i % 2 == 0) {
                        int value = (index + n) % 3 - 1;
                        retried(() -> vote(user, photo, value), failedAttempts, firstFailure, lastFailure);
                        ackedVotes.put(user.id() + "/" + photo, value);
                    } else {
                        String text = "load " + user.id() + " " + n;
                        retried(() -> given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                                .body(Map.of("text", text)).post(Stack.url("comment") + "/photos/" + photo + "/comments"),
                                failedAttempts, firstFailure, lastFailure);
                        ackedComments.add(text);
                    }
                    operations.incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(5000);
        long killedAt = System.nanoTime();
        for (String victim : victims) {
            long pid = Galera.pidIn(Stack.home().resolve("db/run-" + victim + "/mariadbd.pid"));
            new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
            Thread.sleep(1000);
        }
        Thread.sleep(25000);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        long window = firstFailure.get() == 0 ? 0
                : Duration.ofNanos(lastFailure.get() - Math.min(firstFailure.get(), killedAt)).toMillis();
        System.out.printf("kill -9 %s: %d operations acknowledged (%d votes, %d comments), %d failed attempts retried, "
                + "failover window %d ms%n", victims, operations.get(), ackedVotes.size(), ackedComments.size(),
                failedAttempts.get(), window);
        assertThat(window).as("failover window (ms)").isLessThan(60_000);

        // The killed nodes come back by themselves (their agents restart them) and rejoin.
        for (String victim : victims) {
            Galera.await(Duration.ofMinutes(3), victim + " Synced again", () -> Galera.synced(CLUSTER, victim));
        }
        System.out.printf("%s Synced again %d s after the kill%n", victims,
                Duration.ofNanos(System.nanoTime() - killedAt).toSeconds());

        // Every acknowledged write is there.
        int lostComments = 0;
        for (String text : ackedComments) {
            if (rows("comment", "SELECT COUNT(*) FROM comment WHERE text = ?", text) < 1) {
                lostComments++;
            }
        }
        int lostVotes = 0;
        for (Map.Entry<String, Integer> vote : ackedVotes.entrySet()) {
            String[] key = vote.getKey().split("/");
            boolean withdrawn = vote.getValue() == 0;
            long stored = withdrawn
                    ? rows("vote", "SELECT COUNT(*) FROM vote WHERE user_id = ? AND photo_id = ?", key[0], Long.parseLong(key[1]))
                    : rows("vote", "SELECT COUNT(*) FROM vote WHERE user_id = ? AND photo_id = ? AND value = ?",
                            key[0], Long.parseLong(key[1]), vote.getValue());
            if (stored != (withdrawn ? 0 : 1)) {
                lostVotes++;
            }
        }
        System.out.printf("lost: %d votes, %d comments%n", lostVotes, lostComments);
        assertThat(lostVotes).as("lost votes").isZero();
        assertThat(lostComments).as("lost comments").isZero();
        for (long photo : photos) {
            long up = ackedVotes.entrySet().stream().filter(v -> v.getKey().endsWith("/" + photo) && v.getValue() == 1).count();
            long down = ackedVotes.entrySet().stream().filter(v -> v.getKey().endsWith("/" + photo) && v.getValue() == -1).count();
            Map<String, Object> counts = given().get(Stack.url("vote") + "/photos/counts?ids=" + photo)
                    .jsonPath().getMap("[0]");
            assertThat(((Number) counts.get("upvotes")).longValue()).as("upvotes of " + photo).isEqualTo(up);
            assertThat(((Number) counts.get("downvotes")).longValue()).as("downvotes of " + photo).isEqualTo(down);
        }
    }

    private static Response vote(Users.User voter, long photo, int value) {
        return given().auth().oauth2(voter.token()).contentType(ContentType.JSON).body(Map.of("value", value))
                .put(Stack.url("vote") + "/photos/" + photo + "/vote");
    }

    /** Sends until acknowledged (2xx), for at most two minutes; records when attempts failed. */
    private static void retried(java.util.function.Supplier<Response> request, AtomicInteger failedAttempts,
                                AtomicLong firstFailure, AtomicLong lastFailure) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                int status = request.get().statusCode();
                if (status / 100 == 2) {
                    return;
                }
            } catch (RuntimeException e) {
                // connection reset while the service fails over: retried like a 5xx
            }
            long now = System.nanoTime();
            failedAttempts.incrementAndGet();
            firstFailure.compareAndSet(0, now);
            lastFailure.set(now);
            if (now > deadline) {
                throw new AssertionError("a write was not acknowledged within two minutes");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Counts rows in a service's schema through node 3 (never killed). */
    private static long rows(String service, String sql, Object... parameters) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + (Stack.databasePort() + 2) + "/photoshare_" + service;
        try (Connection connection = DriverManager.getConnection(url, service, Stack.secret("db-" + service));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
