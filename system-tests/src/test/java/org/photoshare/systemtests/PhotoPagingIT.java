package org.photoshare.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Keyset paging of the newest timeline and of a user's photos, while uploads keep arriving. */
class PhotoPagingIT {

    @Test
    void aUsersPagesHoldEachPhotoExactlyOnceWhileNewOnesArrive() {
        Users.User owner = Users.registered("pager");
        List<Long> expected = uploads(owner, 7);
        List<Long> arrivals = new ArrayList<>();
        List<Long> seen = new ArrayList<>();

        String cursor = null;
        do {
            JsonPath page = page(Photos.url() + "/users/" + owner.id() + "/photos?limit=3", cursor);
            seen.addAll(page.getList("items.id", Long.class));
            arrivals.add(Photos.uploaded(owner, "arrived while paging"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected).doesNotContainAnyElementsOf(arrivals);
    }

    @Test
    void theNewestTimelineNeitherRepeatsNorSkipsWhileNewOnesArrive() {
        Users.User owner = Users.registered("newest");
        List<Long> expected = uploads(owner, 5);
        List<Long> arrivals = new ArrayList<>();
        List<Long> seen = new ArrayList<>();

        String cursor = null;
        while (seen.size() < expected.size()) {
            JsonPath page = page(Photos.url() + "/photos?limit=2", cursor);
            seen.addAll(page.getList("items.id", Long.class));
            arrivals.add(Photos.uploaded(owner, "arrived while paging"));
            cursor = page.getString("nextCursor");
            assertThat(cursor).as("more pages while our photos are still missing").isNotNull();
        }

        // our uploads were the newest when paging started: they come first, in order, once each
        assertThat(seen.subList(0, expected.size())).containsExactlyElementsOf(expected);
        assertThat(seen).doesNotHaveDuplicates().doesNotContainAnyElementsOf(arrivals);
    }

    /**
     * The timelines' queries, as EclipseLink sends them, run on a copy of the photo table's
     * definition (indexes included) filled with 5000 rows: MariaDB must read them from an index,
     * in order, without sorting. (On the live table, a handful of rows may be sorted instead.)
     */
    @Test
    void everyTimelineQueryIsServedByAnIndexWithoutSorting() throws Exception {
        String columns = "SELECT id, created_at, height, owner_id, title, width FROM photo_explain";
        String order = " ORDER BY created_at DESC, id DESC LIMIT 0, 21";
        String after = "(created_at <= '2025-01-01 00:40:00.000')"
                + " AND ((created_at < '2025-01-01 00:40:00.000') OR (id < 2400))";
        try (Connection connection = PhotoData.connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE photo_explain LIKE photo");
            sql.execute("INSERT INTO photo_explain (owner_id, title, created_at, width, height)"
                    + " SELECT CONCAT('owner-', seq % 50), 'x', TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq SECOND,"
                    + " 1, 1 FROM seq_1_to_5000");
            sql.execute("ANALYZE TABLE photo_explain");

            assertServedBy(sql, columns + order, "ix_photo_newest");
            assertServedBy(sql, columns + " WHERE " + after + order, "ix_photo_newest");
            assertServedBy(sql, columns + " WHERE owner_id = 'owner-7'" + order, "ix_photo_owner_newest");
            assertServedBy(sql, columns + " WHERE owner_id = 'owner-7' AND " + after + order, "ix_photo_owner_newest");
        }
    }

    private static void assertServedBy(Statement sql, String query, String index) throws Exception {
        try (ResultSet plan = sql.executeQuery("EXPLAIN " + query)) {
            plan.next();
            assertThat(plan.getString("key")).as(query).isEqualTo(index);
            assertThat(String.valueOf(plan.getString("Extra"))).as(query).doesNotContain("filesort");
        }
    }

    /** Uploads {@code count} photos; returns their ids newest first. */
    private static List<Long> uploads(Users.User owner, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Photos.uploaded(owner, "photo " + i));
        }
        Collections.reverse(ids);
        return ids;
    }

    private static JsonPath page(String url, String cursor) {
        return given().queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                .get(url).then().statusCode(200).extract().jsonPath();
    }
}
