package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

class VoteIT {

    @Test
    void aVoteIsSetChangedAndWithdrawn() {
        Users.User voter = Users.registered("voter");
        long photo = PhotoAnnouncer.newPhoto();

        vote(voter, photo, 1).then().statusCode(200)
                .body("photoId", equalTo(photo)).body("upvotes", equalTo(1))
                .body("downvotes", equalTo(0)).body("myVote", equalTo(1));
        vote(voter, photo, 1).then().statusCode(200).body("upvotes", equalTo(1));
        vote(voter, photo, -1).then().statusCode(200)
                .body("upvotes", equalTo(0)).body("downvotes", equalTo(1)).body("myVote", equalTo(-1));
        given().auth().oauth2(voter.token()).get(voteUrl() + "/photos/my-votes?ids=" + photo)
                .then().statusCode(200).body("value", containsInAnyOrder(-1));
        vote(voter, photo, 0).then().statusCode(200)
                .body("upvotes", equalTo(0)).body("downvotes", equalTo(0)).body("myVote", equalTo(0));
        given().auth().oauth2(voter.token()).get(voteUrl() + "/photos/my-votes?ids=" + photo)
                .then().statusCode(200).body("", hasSize(0));
        given().get(voteUrl() + "/photos/counts?ids=" + photo).then().statusCode(200)
                .body("upvotes", containsInAnyOrder(0)).body("downvotes", containsInAnyOrder(0));
    }

    @Test
    void votingOnAnUnknownPhotoIsNotFound() {
        Users.User voter = Users.registered("lost");
        vote(voter, 999_999_999L, 1).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlySignedInUsersVoteAndOnlyWithAValidValue() {
        long photo = PhotoAnnouncer.newPhoto();
        given().contentType(ContentType.JSON).body(Map.of("value", 1)).put(voteUrl() + "/photos/" + photo + "/vote")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(PhotoAnnouncer.serviceToken()).contentType(ContentType.JSON).body(Map.of("value", 1))
                .put(voteUrl() + "/photos/" + photo + "/vote")
                .then().statusCode(403);
        Users.User voter = Users.registered("bad");
        for (Object value : List.of(2, -2, "up")) {
            given().auth().oauth2(voter.token()).contentType(ContentType.JSON).body(Map.of("value", value))
                    .put(voteUrl() + "/photos/" + photo + "/vote")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(voter.token()).contentType(ContentType.JSON).body("{}")
                .put(voteUrl() + "/photos/" + photo + "/vote")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("value"));
    }

    @Test
    void fiftyUsersVotingAtOnceAreAllCounted() throws Exception {
        List<Users.User> voters = registered(50, "crowd");
        long photo = PhotoAnnouncer.newPhoto();

        List<Integer> statuses = inParallel(IntStream.range(0, voters.size())
                .<Callable<Integer>>mapToObj(i -> () -> vote(voters.get(i), photo, i < 38 ? 1 : -1).statusCode())
                .toList());

        assertThat(statuses).containsOnly(200);
        given().get(voteUrl() + "/photos/counts?ids=" + photo).then().statusCode(200)
                .body("upvotes", containsInAnyOrder(38)).body("downvotes", containsInAnyOrder(12));
        assertThat(PhotoAnnouncer.rows("vote", "SELECT COUNT(*) FROM vote WHERE photo_id = ?", photo)).isEqualTo(50);
    }

    @Test
    void oneUserSubmittingTwiceAtOnceHasOneVote() throws Exception {
        Users.User voter = Users.registered("twice");
        long photo = PhotoAnnouncer.newPhoto();

        List<Integer> statuses = inParallel(IntStream.range(0, 8)
                .<Callable<Integer>>mapToObj(i -> () -> vote(voter, photo, 1).statusCode()).toList());

        assertThat(statuses).containsOnly(200);
        given().get(voteUrl() + "/photos/counts?ids=" + photo).then()
                .body("upvotes", containsInAnyOrder(1)).body("downvotes", containsInAnyOrder(0));
    }

    @Test
    void votesRacingADeletionLeaveNothingBehind() throws Exception {
        List<Users.User> voters = registered(12, "racer");
        long photo = PhotoAnnouncer.newPhoto();

        List<Callable<Integer>> work = new ArrayList<>();
        voters.forEach(voter -> work.add(() -> vote(voter, photo, 1).statusCode()));
        work.add(6, () -> {
            PhotoAnnouncer.deletePhoto(photo);
            return 204;
        });
        List<Integer> statuses = inParallel(work);

        assertThat(statuses).allMatch(status -> status == 200 || status == 204 || status == 404);
        assertThat(PhotoAnnouncer.rows("vote", "SELECT COUNT(*) FROM vote WHERE photo_id = ?", photo)).isZero();
        given().get(voteUrl() + "/photos/counts?ids=" + photo).then().body("", hasSize(0));
        vote(voters.get(0), photo, 1).then().statusCode(404);
    }

    @Test
    void aDeletedPhotoLosesItsVotesAndStaysDeleted() throws Exception {
        Users.User voter = Users.registered("gone");
        long photo = PhotoAnnouncer.newPhoto(voter.id(), Instant.now());
        vote(voter, photo, 1).then().statusCode(200);

        PhotoAnnouncer.deletePhoto(photo);
        PhotoAnnouncer.deletePhoto(photo);

        assertThat(PhotoAnnouncer.rows("vote", "SELECT COUNT(*) FROM vote WHERE photo_id = ?", photo)).isZero();
        vote(voter, photo, 1).then().statusCode(404);
        // a late announcement (photo-war's outbox retrying out of order) does not bring it back
        PhotoAnnouncer.announce("vote", photo, voter.id(), Instant.now()).then().statusCode(204);
        given().get(voteUrl() + "/photos/counts?ids=" + photo).then().body("", hasSize(0));
        given().auth().oauth2(voter.token()).get(voteUrl() + "/users/" + voter.id() + "/votes").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aDeletedUsersVotesAreRemovedAndTheCountsRederived() throws Exception {
        Users.User leaving = Users.registered("leaving");
        Users.User staying = Users.registered("staying");
        long first = PhotoAnnouncer.newPhoto();
        long second = PhotoAnnouncer.newPhoto();
        vote(leaving, first, 1).then().statusCode(200);
        vote(leaving, second, -1).then().statusCode(200);
        vote(staying, first, 1).then().statusCode(200);

        PhotoAnnouncer.deleteUser(leaving.id());
        PhotoAnnouncer.deleteUser(leaving.id());

        Map<Long, Map<String, Object>> counts = countsOf(first, second);
        assertThat(counts.get(first)).containsEntry("upvotes", 1).containsEntry("downvotes", 0);
        assertThat(counts.get(second)).containsEntry("upvotes", 0).containsEntry("downvotes", 0);
        assertThat(PhotoAnnouncer.rows("vote", "SELECT COUNT(*) FROM vote WHERE user_id = ?", leaving.id())).isZero();
    }

    @Test
    void internalEndpointsServeServicesOnly() {
        Users.User user = Users.registered("intruder");
        String photo = voteUrl() + "/internal/photos/" + 424242;
        String body = "{\"ownerId\":\"" + user.id() + "\",\"createdAt\":\"2026-01-01T00:00:00Z\"}";
        given().contentType(ContentType.JSON).body(body).put(photo).then().statusCode(401);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body).put(photo).then().statusCode(403);
        given().delete(photo).then().statusCode(401);
        given().auth().oauth2(user.token()).delete(photo).then().statusCode(403);
        given().auth().oauth2(user.token()).delete(voteUrl() + "/internal/users/" + user.id()).then().statusCode(403);
        given().delete(voteUrl() + "/internal/users/" + user.id()).then().statusCode(401);
    }

    @Test
    void anAnnouncementIsValidatedAndIdempotent() {
        Instant createdAt = Instant.parse("2026-03-04T05:06:07.891234Z");
        long photo = PhotoAnnouncer.newPhoto("owner-a", createdAt);
        PhotoAnnouncer.announce("vote", photo, "owner-a", createdAt).then().statusCode(204);
        PhotoAnnouncer.announce("vote", photo, "owner-b", createdAt).then().statusCode(409);
        given().auth().oauth2(PhotoAnnouncer.serviceToken()).contentType(ContentType.JSON).body("{\"ownerId\":\"x\"}")
                .put(voteUrl() + "/internal/photos/" + (photo + 1_000_000))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("createdAt"));
    }

    @Test
    void countsAndMyVotesComeForManyPhotosInOneCall() {
        Users.User voter = Users.registered("batch");
        List<Long> photos = LongStream.range(0, 20).mapToObj(i -> PhotoAnnouncer.newPhoto()).toList();
        photos.stream().limit(5).forEach(photo -> vote(voter, photo, -1).then().statusCode(200));
        String ids = photos.stream().map(String::valueOf).collect(Collectors.joining(",")) + ",999999999";

        given().get(voteUrl() + "/photos/counts?ids=" + ids).then().statusCode(200).body("", hasSize(20));
        given().auth().oauth2(voter.token()).get(voteUrl() + "/photos/my-votes?ids=" + ids).then().statusCode(200)
                .body("", hasSize(5)).body("value", containsInAnyOrder(-1, -1, -1, -1, -1));
        given().get(voteUrl() + "/photos/my-votes?ids=" + ids).then().statusCode(401);
        String tooMany = LongStream.rangeClosed(1, 101).mapToObj(String::valueOf).collect(Collectors.joining(","));
        given().get(voteUrl() + "/photos/counts?ids=" + tooMany).then().statusCode(400);
        given().get(voteUrl() + "/photos/counts?ids=1,two").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aUsersVotesArePagedNewestFirst() {
        Users.User voter = Users.registered("pager");
        List<Long> photos = LongStream.range(0, 5).mapToObj(i -> PhotoAnnouncer.newPhoto()).toList();
        photos.forEach(photo -> vote(voter, photo, 1).then().statusCode(200));

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = given().auth().oauth2(voter.token()).queryParam("limit", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get(voteUrl() + "/users/" + voter.id() + "/votes");
            page.then().statusCode(200);
            page.jsonPath().getList("items.photoId", Long.class).forEach(seen::add);
            cursor = page.path("nextCursor");
        } while (cursor != null);

        List<Long> newestFirst = new ArrayList<>(photos);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        given().auth().oauth2(voter.token()).get(voteUrl() + "/users/" + voter.id() + "/votes?cursor=garbage")
                .then().statusCode(400);
    }

    @Test
    void aUsersVotesAreShownToThatUserOnly() {
        Users.User voter = Users.registered("private");
        vote(voter, PhotoAnnouncer.newPhoto(), -1).then().statusCode(200);
        String votes = voteUrl() + "/users/" + voter.id() + "/votes";
        given().get(votes).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Users.registered("nosy").token()).get(votes).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(voter.token()).get(votes).then().statusCode(200).body("items.value", contains(-1));
    }

    @Test
    void votesAreCountedInTheMetricsAndTheServiceIsReady() {
        given().get(Stack.rootOf("vote") + "/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("text/plain").get(Stack.rootOf("vote") + "/metrics").then().statusCode(200)
                .body(containsString("photoshare_votes_cast_total"));
        given().get(Stack.rootOf("vote") + "/openapi").then().statusCode(200)
                .body(containsString("title: Photoshare vote")).body(containsString("/timelines/hot:"));
    }

    static Response vote(Users.User voter, long photo, int value) {
        return given().auth().oauth2(voter.token()).contentType(ContentType.JSON).body(Map.of("value", value))
                .put(voteUrl() + "/photos/" + photo + "/vote");
    }

    static Map<Long, Map<String, Object>> countsOf(long... photos) {
        String ids = LongStream.of(photos).mapToObj(String::valueOf).collect(Collectors.joining(","));
        List<Map<String, Object>> counts = given().get(voteUrl() + "/photos/counts?ids=" + ids)
                .then().statusCode(200).extract().jsonPath().getList("");
        return counts.stream().collect(Collectors.toMap(c -> ((Number) c.get("photoId")).longValue(), c -> c));
    }

    static String voteUrl() {
        return Stack.url("vote");
    }

    /**
     * Registers users a few at a time: the concurrency under test is the voting; a burst of
     * registrations (slow password hashing) would only test auth-war's patience.
     */
    static List<Users.User> registered(int count, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Users.User>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> Users.registered(prefix)));
            }
            List<Users.User> users = new ArrayList<>();
            for (Future<Users.User> future : futures) {
                users.add(future.get());
            }
            return users;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts every task at the same moment and waits for all of them. */
    static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
