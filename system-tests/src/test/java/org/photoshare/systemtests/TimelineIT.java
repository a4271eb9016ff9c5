package org.photoshare.systemtests;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.photoshare.systemtests.VoteIT.vote;

/**
 * The hot and trending orderings. The test stack's hot zone is UTC; a test of "today" checks that
 * the day the service listed is the day its photos were made for, and starts again in the rare
 * run that crosses midnight, so it cannot fail for the hour it runs at.
 */
class TimelineIT {

    private static final String OWNER = "00000000-0000-0000-0000-0000000000aa";

    record Entry(long photoId, Instant createdAt, int upvotes, int downvotes, double score) {
        static Entry of(Map<String, Object> json) {
            return new Entry(((Number) json.get("photoId")).longValue(), Instant.parse((String) json.get("createdAt")),
                    (Integer) json.get("upvotes"), (Integer) json.get("downvotes"),
                    ((Number) json.get("score")).doubleValue());
        }
    }

    record Walk(LocalDate day, List<Entry> entries) {
        List<Long> idsAmong(List<Long> wanted) {
            return entries.stream().map(Entry::photoId).filter(wanted::contains).toList();
        }
    }

    @Test
    void hotListsTodaysPhotosMostUpvotedFirstThenNewest() throws Exception {
        List<Users.User> voters = VoteIT.registered(3, "hot");
        for (int attempt = 1; ; attempt++) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
            long yesterday = PhotoAnnouncer.newPhoto(OWNER, dayStart.minusMillis(1));
            long atMidnight = PhotoAnnouncer.newPhoto(OWNER, dayStart);
            long quiet = PhotoAnnouncer.newPhoto(OWNER, dayStart.plusMillis(1));
            long liked = PhotoAnnouncer.newPhoto(OWNER, dayStart.plusMillis(2));
            long likedLater = PhotoAnnouncer.newPhoto(OWNER, dayStart.plusMillis(3));
            long disputed = PhotoAnnouncer.newPhoto(OWNER, dayStart.plusMillis(4));
            for (Users.User voter : voters) {
                vote(voter, yesterday, 1).then().statusCode(200);
            }
            for (long photo : List.of(liked, likedLater)) {
                vote(voters.get(0), photo, 1).then().statusCode(200);
                vote(voters.get(1), photo, 1).then().statusCode(200);
            }
            vote(voters.get(0), disputed, 1).then().statusCode(200);
            vote(voters.get(1), disputed, -1).then().statusCode(200);
            vote(voters.get(2), disputed, -1).then().statusCode(200);

            Walk hot = walk("/timelines/hot", 7, null, null);
            if (!hot.day().equals(today) && attempt < 3) {
                continue; // midnight passed since the photos were made: make today's again
            }
            assertThat(hot.day()).isEqualTo(today);
            assertThat(hot.idsAmong(List.of(yesterday, atMidnight, quiet, liked, likedLater, disputed)))
                    .containsExactly(likedLater, liked, disputed, quiet, atMidnight);
            assertThat(hot.entries()).allSatisfy(entry ->
                    assertThat(LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC)).isEqualTo(today));
            assertThat(hot.entries()).isSortedAccordingTo(Comparator.comparingInt(Entry::upvotes).reversed()
                    .thenComparing(Entry::createdAt, Comparator.reverseOrder())
                    .thenComparing(Entry::photoId, Comparator.reverseOrder()));
            return;
        }
    }

    @Test
    void trendingOrderFollowsTheFormula() throws Exception {
        List<Users.User> voters = VoteIT.registered(3, "trend");
        Instant now = Instant.now();
        long oldFavourite = PhotoAnnouncer.newPhoto(OWNER, now.minus(Duration.ofDays(2)));
        long hourOld = PhotoAnnouncer.newPhoto(OWNER, now.minus(Duration.ofHours(1)));
        long freshDisliked = PhotoAnnouncer.newPhoto(OWNER, now.minusSeconds(1));
        long fresh = PhotoAnnouncer.newPhoto(OWNER, now);
        for (Users.User voter : voters) {
            vote(voter, oldFavourite, 1).then().statusCode(200);
            vote(voter, hourOld, 1).then().statusCode(200);
        }
        vote(voters.get(0), freshDisliked, -1).then().statusCode(200);
        vote(voters.get(1), freshDisliked, -1).then().statusCode(200);

        List<Long> mine = List.of(oldFavourite, hourOld, freshDisliked, fresh);
        Walk trending = walk("/timelines/trending", 100, null, mine);

        // 3 net votes (+0.477) outweigh one hour (-0.08); two days (-3.84) outweigh them; -2 costs 0.301
        assertThat(trending.idsAmong(mine))
                .containsExactly(hourOld, fresh, freshDisliked, oldFavourite);
        assertThat(trending.entries()).allSatisfy(entry -> assertThat(entry.score())
                .isCloseTo(expectedScore(entry), offset(1e-6)));
        assertThat(trending.entries()).isSortedAccordingTo(Comparator.comparingDouble(Entry::score).reversed()
                .thenComparing(Entry::photoId, Comparator.reverseOrder()));
    }

    @Test
    void pagingReturnsEachPhotoOnceWhileNewPhotosArrive() {
        for (int attempt = 1; ; attempt++) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<Long> photos = IntStream.range(0, 7).mapToObj(i -> PhotoAnnouncer.newPhoto()).toList();

            Walk hot = walk("/timelines/hot", 2, newPhotosForPages(4), null);
            if (!hot.day().equals(today) && attempt < 3) {
                continue;
            }
            assertThat(hot.idsAmong(photos)).containsExactlyInAnyOrderElementsOf(photos);
            Walk trending = walk("/timelines/trending", 3, newPhotosForPages(4), photos);
            assertThat(trending.idsAmong(photos)).containsExactlyInAnyOrderElementsOf(photos);
            return;
        }
    }

    @Test
    void limitsAndCursorsAreChecked() {
        for (String timeline : List.of("/timelines/hot", "/timelines/trending")) {
            given().get(Stack.url("vote") + timeline + "?limit=0").then().statusCode(400)
                    .contentType("application/problem+json");
            given().get(Stack.url("vote") + timeline + "?limit=101").then().statusCode(400);
            given().get(Stack.url("vote") + timeline + "?cursor=not-a-cursor").then().statusCode(400);
        }
    }

    /** Announces a new photo after each of the first {@code pages} pages. */
    private static Runnable newPhotosForPages(int pages) {
        AtomicInteger page = new AtomicInteger();
        return () -> {
            if (page.incrementAndGet() <= pages) {
                PhotoAnnouncer.newPhoto();
            }
        };
    }

    /** Reddit's formula, written again here so that the test does not share the service's code. */
    private static double expectedScore(Entry entry) {
        long net = entry.upvotes() - entry.downvotes();
        return Math.signum(net) * Math.log10(Math.max(Math.abs(net), 1))
                + entry.createdAt().toEpochMilli() / 1000.0 / 45000;
    }

    /**
     * Reads a timeline page by page, running {@code betweenPages} after each page, to its end or
     * until every photo of {@code until} was seen (trending lists every photo ever announced), and
     * checks that no photo comes twice and that every page lists the same day.
     */
    private static Walk walk(String timeline, int limit, Runnable betweenPages, List<Long> until) {
        List<Entry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        LocalDate day = null;
        String cursor = null;
        do {
            Response page = given().queryParam("limit", limit)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get(Stack.url("vote") + timeline);
            page.then().statusCode(200);
            String pageDay = page.path("day");
            if (pageDay != null) {
                assertThat(day == null || day.toString().equals(pageDay)).as("every page lists one day").isTrue();
                day = LocalDate.parse(pageDay);
            }
            // decimals as BigDecimal: the default (float) would lose the score's precision
            List<Map<String, Object>> items = page.jsonPath(new JsonPathConfig(NumberReturnType.BIG_DECIMAL))
                    .getList("items");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            for (Map<String, Object> item : items) {
                Entry entry = Entry.of(item);
                assertThat(seen.add(entry.photoId())).as("photo %d listed once", entry.photoId()).isTrue();
                entries.add(entry);
            }
            cursor = page.path("nextCursor");
            if (betweenPages != null) {
                betweenPages.run();
            }
        } while (cursor != null && (until == null || !seen.containsAll(until)));
        return new Walk(day, entries);
    }
}
