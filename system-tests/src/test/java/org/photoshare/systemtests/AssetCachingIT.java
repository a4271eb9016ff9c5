package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' static files: linked with a fingerprint of their bytes, kept by browsers for a year under
 * that link, and asked for again (304 when unchanged) under any other.
 */
class AssetCachingIT {

    private static final Pattern LINKED =
            Pattern.compile("/assets/(app\\.css|app\\.js|favicon\\.svg)\\?v=([0-9a-f]{12})\"");

    @Test
    void everyPageLinksItsAssetsByAFingerprintOfTheirBytes_whichBrowsersKeepForAYear() throws Exception {
        for (String page : new String[]{"/", "/signin", "/no-such-page"}) {
            String html = given().get(Gateway.url() + page).asString();
            Matcher linked = LINKED.matcher(html);
            int assets = 0;
            while (linked.find()) {
                assets++;
                String path = "/assets/" + linked.group(1);
                byte[] bytes = given().get(Gateway.url() + path).then().statusCode(200).extract().asByteArray();
                String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                assertThat(fingerprint).as(path + " on " + page).startsWith(linked.group(2));
                given().get(Gateway.url() + path + "?v=" + linked.group(2)).then().statusCode(200)
                        .header("Cache-Control", "public, max-age=31536000, immutable");
            }
            assertThat(assets).as("fingerprinted assets linked from " + page)
                    .isGreaterThanOrEqualTo(page.equals("/no-such-page") ? 1 : 3);
        }
    }

    @Test
    void anAssetAskedForWithoutItsCurrentFingerprintIsRevalidatedEveryTime() {
        for (String query : new String[]{"", "?v=000000000000", "?v="}) {
            String etag = given().get(Gateway.url() + "/assets/app.css" + query).then().statusCode(200)
                    .header("Cache-Control", "no-cache").extract().header("ETag");
            assertThat(etag).as("a validator for " + query).isNotBlank();
            given().header("If-None-Match", etag).get(Gateway.url() + "/assets/app.css" + query).then().statusCode(304);
        }
    }
}
