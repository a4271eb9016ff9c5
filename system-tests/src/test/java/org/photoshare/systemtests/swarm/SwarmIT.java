package org.photoshare.systemtests.swarm;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.photoshare.systemtests.Gateway;
import org.photoshare.systemtests.Images;
import org.photoshare.systemtests.Stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The stack on a real Docker Swarm (run by ./photoshare test in its swarm stage, with
 * -Dphotoshare.mode=swarm): everything goes through the one published port, 127.0.0.1:4999, while
 * the swarm rolls, kills and replaces the stack's tasks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SwarmIT {

    @Test
    @Order(1)
    void aUsersJourneyThroughThePublishedPort() {
        String name = register("swarm");
        String token = signIn(name);

        long photo = given().auth().oauth2(token)
                .multiPart("file", "photo.jpg", Images.jpeg(640, 480), "image/jpeg").multiPart("title", "on the swarm")
                .post(Gateway.api() + "/photos").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("value", 1))
                .put(Gateway.api() + "/photos/" + photo + "/vote").then().statusCode(200).body("upvotes", equalTo(1));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "served by the swarm"))
                .post(Gateway.api() + "/photos/" + photo + "/comments").then().statusCode(201);
        for (String timeline : new String[] {"newest", "hot", "trending"}) {
            assertThat(Gateway.timelineUpTo(Gateway.api(), timeline, photo)).as(timeline).contains(photo);
        }
        given().get(Gateway.api() + "/photos/" + photo).then().statusCode(200)
                .body("photo.commentCount", equalTo(1));
        given().get(Gateway.api() + "/photos/" + photo + "/image?variant=thumb").then().statusCode(200)
                .contentType("image/jpeg");
        given().get(Gateway.url() + "/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    @Order(1)
    void theEdgeServesNoHealthOrMetrics_howeverThePathIsSpelled() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/metrics", "/health/ready", "/health/live", "//metrics", "/%6Detrics", "/METRICS",
                "/x/../metrics", "/metrics;a", "/./health")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(Gateway.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("base_").doesNotContain("\"status\":\"UP\"");
        }
        given().get(Gateway.url() + "/openapi").then().statusCode(200);
        assertThat(Swarm.healthyContainersOf("gateway")).as("swarm still sees the gateways' health").hasSize(2);
    }

    @Test
    @Order(2)
    void scalingTheDatabaseToThreeNodesSyncsTheDataOnEveryNode() {
        String token = signIn(register("scale"));
        long photo = uploaded(token, "before scaling");
        long started = System.nanoTime();
        Swarm.docker("service", "scale", "--detach=false", Swarm.STACK + "_db=3");
        Swarm.waitUntil(Duration.ofMinutes(10), "three Synced Galera nodes in etcd", () -> Swarm.syncedNodes() == 3);
        System.out.printf("scale db=3: three Synced nodes after %d s%n", (System.nanoTime() - started) / 1_000_000_000);

        List<String> nodes = Swarm.containersOf("db");
        assertThat(nodes).hasSize(3);
        for (String node : nodes) {
            assertThat(Swarm.sql(node, "SELECT title FROM photoshare_photo.photo WHERE id = " + photo))
                    .as("the photo on node " + node).containsExactly("before scaling");
            assertThat(Swarm.sql(node, "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_size'")).containsExactly("wsrep_cluster_size\t3");
        }
        // the app keeps working on the grown cluster
        given().auth().oauth2(token).contentType("application/json").body(Map.of("value", 1))
                .put(Gateway.api() + "/photos/" + photo + "/vote").then().statusCode(200);
    }

    @Test
    @Order(3)
    void killingTheNodeTheServicesWriteThroughLosesNothingAcknowledged() throws Exception {
        String token = signIn(register("dbkill"));
        long photo = uploaded(token, "through a failover");
        String writer = writingNode();

        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        RequestLoop loop = new RequestLoop(() -> {
            String text = "comment " + sequence.incrementAndGet();
            Response response = given().auth().oauth2(token).contentType("application/json").body(Map.of("text", text))
                    .post(Gateway.api() + "/photos/" + photo + "/comments");
            if (response.statusCode() == 201) {
                acknowledged.add(text);
            }
            return List.of(response, given().get(Gateway.api() + "/photos?timeline=newest&limit=5"));
        });
        loop.start();
        Thread.sleep(3_000);
        Swarm.docker("kill", writer);
        long killedAt = System.nanoTime();
        Thread.sleep(30_000);
        int failuresSoFar = loop.failures().size();
        Thread.sleep(10_000);
        loop.stop();
        System.out.printf("killed the writing db node: %d requests, %d failed (%s), %d comments acknowledged%n",
                loop.requests(), loop.failures().size(), loop.failures(), acknowledged.size());
        assertThat(loop.failures()).as("no failures once the services moved to another node (last 10 s)")
                .hasSize(failuresSoFar);

        Swarm.waitUntil(Duration.ofMinutes(10), "the swarm replaces the killed node and it rejoins",
                () -> Swarm.syncedNodes() == 3 && Swarm.containersOf("db").size() == 3
                        && !Swarm.containersOf("db").contains(writer));
        System.out.printf("the replaced db node is Synced %d s after the kill%n", (System.nanoTime() - killedAt) / 1_000_000_000);
        for (String node : Swarm.containersOf("db")) {
            assertThat(Swarm.sql(node, "SELECT text FROM photoshare_comment.comment WHERE photo_id = " + photo))
                    .as("every acknowledged comment on node " + node).containsAll(acknowledged);
        }
    }

    /** The node with the services' connections: the driver writes through one node at a time. */
    private static String writingNode() {
        String writer = null;
        int most = -1;
        for (String node : Swarm.containersOf("db")) {
            int connections = Integer.parseInt(Swarm.sql(node, "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                    + " WHERE USER IN ('profile', 'auth', 'photo', 'vote', 'comment')").get(0));
            if (connections > most) {
                most = connections;
                writer = node;
            }
        }
        return writer;
    }

    @Test
    @Order(4)
    void aRollingUpdateOfThePhotoServiceFailsNoRequest() throws Exception {
        String token = signIn(register("rolling"));
        long photo = uploaded(token, "rolled");
        List<String> before = Swarm.containersOf("photo");

        RequestLoop loop = new RequestLoop(() -> List.of(
                given().get(Gateway.api() + "/photos?timeline=newest&limit=5"),
                given().get(Gateway.api() + "/photos/" + photo + "/image?variant=thumb"),
                given().auth().oauth2(token).contentType("application/json").body(Map.of("value", 1))
                        .put(Gateway.api() + "/photos/" + photo + "/vote")));
        loop.start();
        try {
            Swarm.docker("service", "update", "--force", "--detach=false", Swarm.STACK + "_photo");
        } finally {
            loop.stop();
        }
        System.out.printf("rolling update of photo: %d requests, %d failed%n", loop.requests(), loop.failures().size());
        assertThat(Swarm.containersOf("photo")).as("the photo task was replaced").doesNotContainAnyElementsOf(before);
        assertThat(loop.requests()).isGreaterThan(30);
        assertThat(loop.failures()).as("failed requests during the rolling update").isEmpty();
    }

    @Test
    @Order(5)
    void killingOneGatewayReplicaKeepsTheSignedInUserWorking() throws Exception {
        String token = signIn(register("gatewaykill"));
        long photo = uploaded(token, "before the kill");
        assertThat(Swarm.healthyContainersOf("gateway")).hasSize(2);

        Swarm.docker("kill", Swarm.containersOf("gateway").get(0));

        RequestLoop loop = new RequestLoop(() -> List.of(
                given().auth().oauth2(token).get(Gateway.api() + "/photos?timeline=newest&limit=5"),
                given().auth().oauth2(token).contentType("application/json").body(Map.of("value", -1))
                        .put(Gateway.api() + "/photos/" + photo + "/vote")));
        loop.start();
        Thread.sleep(15_000);
        loop.stop();
        System.out.printf("one gateway replica killed: %d requests, %d failed%n", loop.requests(), loop.failures().size());
        assertThat(loop.failures()).as("failed requests after killing a gateway replica").isEmpty();
        given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "still here"))
                .post(Gateway.api() + "/photos/" + photo + "/comments").then().statusCode(201);
        given().auth().oauth2(token).get(Gateway.api() + "/photos/" + photo).then().statusCode(200)
                .body("photo.myVote", equalTo(-1));

        Swarm.waitUntil(Duration.ofMinutes(6), "the swarm replaces the killed gateway replica",
                () -> Swarm.healthyContainersOf("gateway").size() == 2 && "2/2".equals(Swarm.replicas("gateway")));
    }

    @Test
    @Order(6)
    void theAdminConsoleShowsTheSwarmsReplicasAndGaleraNodes() {
        String admin = Stack.adminUsername();
        int registered = given().contentType("application/json")
                .body(Map.of("username", admin, "email", admin + "@example.com", "password", SwarmUsers.PASSWORD))
                .post(Gateway.api() + "/users").statusCode();
        assertThat(registered).as("registering the configured admin").isIn(201, 409);
        String token = signIn(admin);

        String page = given().cookie("ps_session", token).get(Gateway.url() + "/admin")
                .then().statusCode(200).extract().asString();
        Document console = Jsoup.parse(page);
        assertThat(console.select("tr[data-service=gateway] .replicas").text()).isEqualTo("2");
        assertThat(console.select("tr[data-service=photo] .replicas").text()).isEqualTo("1");
        assertThat(console.select("#database-nodes .node-state").eachText())
                .as("the Galera nodes etcd lists").hasSize(Swarm.galeraNodes().size()).contains("Synced");
    }

    @Test
    @Order(7)
    void removingTheStackAndDeployingItAgainKeepsTheData() {
        String name = register("durable");
        String token = signIn(name);
        long photo = uploaded(token, "kept in a volume");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "kept too"))
                .post(Gateway.api() + "/photos/" + photo + "/comments").then().statusCode(201);
        int nodes = Swarm.containersOf("db").size();

        Swarm.script("rm");
        assertThat(Swarm.docker("ps", "-aq", "--filter", "label=com.docker.stack.namespace=" + Swarm.STACK))
                .as("containers of the removed stack").isBlank();
        assertThat(Swarm.lines(Swarm.docker("volume", "ls", "-q", "--filter", "label=com.docker.stack.namespace=" + Swarm.STACK)))
                .as("the data volumes outlive the stack").contains(Swarm.STACK + "_etcd-data", Swarm.STACK + "_db-1");

        long started = System.nanoTime();
        // 25 min, not deploy's 15: here every node starts at once on 2 cores, and the joining nodes'
        // state transfers compete with six JVMs booting (measured 121 s to over 900 s)
        Swarm.script(Map.of("PHOTOSHARE_DEPLOY_TIMEOUT", "1500"), "deploy", "--no-build");
        System.out.printf("deployed again over the kept volumes in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        assertThat(Swarm.replicas("db")).as("as many database nodes as before the removal (etcd remembers them)")
                .isEqualTo(nodes + "/" + nodes);
        Swarm.waitUntil(Duration.ofMinutes(5), nodes + " Synced Galera nodes", () -> Swarm.syncedNodes() == nodes);

        String again = signIn(name);
        given().auth().oauth2(again).get(Gateway.api() + "/photos/" + photo).then().statusCode(200)
                .body("photo.title", equalTo("kept in a volume")).body("photo.commentCount", equalTo(1));
        given().get(Gateway.api() + "/photos/" + photo + "/image?variant=thumb").then().statusCode(200)
                .contentType("image/jpeg");
        given().get(Gateway.api() + "/photos?timeline=newest").then().statusCode(200).body("items.id", hasItem((int) photo));
    }

    private static String register(String prefix) {
        return SwarmUsers.register(Gateway.api(), prefix);
    }

    private static String signIn(String name) {
        return SwarmUsers.signIn(Gateway.api(), name);
    }

    private static long uploaded(String token, String title) {
        return SwarmUsers.uploaded(Gateway.api(), token, title);
    }

    /** Sends a round of requests again and again on one thread; records every non-2xx answer or error. */
    private static final class RequestLoop {
        private final java.util.function.Supplier<List<Response>> round;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger requests = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Thread thread = new Thread(this::run, "request-loop");

        RequestLoop(java.util.function.Supplier<List<Response>> round) {
            this.round = round;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        int requests() {
            return requests.get();
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        private void run() {
            while (running.get()) {
                try {
                    for (Response response : round.get()) {
                        requests.incrementAndGet();
                        if (response.statusCode() >= 300) {
                            failures.add(response.statusCode() + " " + response.asString());
                        }
                    }
                } catch (RuntimeException e) {
                    requests.incrementAndGet();
                    failures.add(e.toString());
                }
            }
        }
    }
}
