package org.photoshare.systemtests.swarm;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.photoshare.systemtests.Gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The stack on a swarm of two Docker hosts reached over SSH, {@code manager} and {@code worker}:
 * created by {@code swarm-scripts/create manager worker} and deployed from this machine with
 * {@code DOCKER_HOST=ssh://manager swarm-scripts/deploy}, which copies the images to the worker. Run
 * by ./photoshare test in its multi-host stage, where the two hosts are containers with their own
 * dockerd and sshd (launcher/swarm-hosts.sh); {@code photoshare.swarm.edges} lists the published
 * port of each host, manager first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiHostSwarmIT {

    private static final List<String> HOSTS = List.of("manager", "worker");

    @Test
    @Order(1)
    void createMadeAManagerAndAWorkerAndRunningItAgainChangesNothing() {
        List<String> before = nodes();
        assertThat(before).containsExactlyInAnyOrder(
                "manager Leader ready active ssh=manager", "worker - ready active ssh=worker");
        List<String> ids = Swarm.lines(Swarm.dockerOn("manager", "node", "ls", "-q"));

        String output = Swarm.script("create", "manager", "worker");

        assertThat(output).contains("manager is already a swarm member", "worker is already a swarm member");
        assertThat(nodes()).isEqualTo(before);
        assertThat(Swarm.lines(Swarm.dockerOn("manager", "node", "ls", "-q"))).as("the same nodes, none joined twice")
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    @Order(2)
    void theStackRunsOnBothHostsWithTheImagesCopiedToTheWorker() {
        assertThat(Swarm.dockerOn("worker", "images", "--format", "{{.Repository}}", "photoshare/*"))
                .as("images deploy copied to the worker").contains("photoshare/gateway", "photoshare/db", "photoshare/edge");
        for (String host : HOSTS) {
            assertThat(Swarm.lines(Swarm.dockerOn("manager", "node", "ps", host, "--filter", "desired-state=running",
                    "--format", "{{.Name}}")))
                    .as("the stack's tasks on " + host).anyMatch(task -> task.startsWith(Swarm.STACK + "_"))
                    .anyMatch(task -> task.startsWith(Swarm.STACK + "_edge"));
        }
        assertThat(Swarm.dockerOn("manager", "service", "ls", "--filter", "name=" + Swarm.STACK + "_gateway",
                "--format", "{{.Replicas}}").trim()).isEqualTo("2/2");
    }

    @Test
    @Order(3)
    void aUsersJourneyGoesThroughEitherHost() {
        String viaManager = edges().get(0) + "/api";
        String viaWorker = edges().get(1) + "/api";

        String name = SwarmUsers.register(viaWorker, "hosts");
        String token = SwarmUsers.signIn(viaManager, name);
        long photo = SwarmUsers.uploaded(viaWorker, token, "across two hosts");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("value", 1))
                .put(viaManager + "/photos/" + photo + "/vote").then().statusCode(200).body("upvotes", equalTo(1));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "from the worker's edge"))
                .post(viaWorker + "/photos/" + photo + "/comments").then().statusCode(201);

        for (String api : List.of(viaManager, viaWorker)) {
            for (String timeline : new String[] {"newest", "hot", "trending"}) {
                assertThat(Gateway.timelineUpTo(api, timeline, photo)).as(timeline + " via " + api).contains(photo);
            }
            given().auth().oauth2(token).get(api + "/photos/" + photo).then().statusCode(200)
                    .body("photo.upvotes", equalTo(1)).body("photo.commentCount", equalTo(1))
                    .body("photo.myVote", equalTo(1));
            given().get(api + "/photos/" + photo + "/image?variant=thumb").then().statusCode(200).contentType("image/jpeg");
        }
    }

    /** "HOSTNAME MANAGER-STATUS STATUS AVAILABILITY ssh=LABEL" for each node, as the manager lists them. */
    private static List<String> nodes() {
        return Swarm.lines(Swarm.dockerOn("manager", "node", "ls", "-q")).stream()
                .map(id -> Swarm.dockerOn("manager", "node", "inspect", id, "--format",
                        "{{.Description.Hostname}} {{with .ManagerStatus}}{{if .Leader}}Leader{{else}}Reachable{{end}}{{else}}-{{end}}"
                                + " {{.Status.State}} {{.Spec.Availability}} ssh={{index .Spec.Labels \"photoshare.ssh\"}}").trim())
                .toList();
    }

    private static List<String> edges() {
        String edges = System.getProperty("photoshare.swarm.edges", "");
        List<String> urls = Arrays.stream(edges.split(",")).map(String::trim).filter(url -> !url.isEmpty()).toList();
        assertThat(urls).as("-Dphotoshare.swarm.edges: the published port of each host, manager first").hasSize(2);
        return urls;
    }
}
