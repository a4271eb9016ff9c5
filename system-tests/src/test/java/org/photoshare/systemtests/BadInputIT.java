package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Bad input of the kinds issue 16 names gets a clear 4xx, at the gateway and at each service called
 * directly, and changes nothing: query parameters and cursors, bodies whose JSON types are not the
 * declared ones or whose declared length is too large, made-up view states of the pages, form posts
 * to a page one may not see, and a flood of sign-ins with a name that cannot exist, which turns no one
 * else away.
 */
@RequiresServices({"photo", "vote", "comment"})
class BadInputIT {

    private static final List<String> BAD_LIMITS = List.of("abc", "1.5", "99999999999", "0", "101", "-1", "+5", "1e2");

    @ParameterizedTest
    @ValueSource(strings = {"/api/photos?timeline=newest", "/api/photos?timeline=hot", "/api/photos?timeline=trending",
            "/api/photos/1/comments?x=1", "/api/users/00000000-0000-0000-0000-000000000000/photos?x=1"})
    void aLimitThatIsNotAWholeNumberFrom1To100IsA400NamingIt_atTheGateway(String list) {
        for (String limit : BAD_LIMITS) {
            assertNamesLimit(given().get(Gateway.url() + list + "&limit=" + limit), list + " limit=" + limit);
        }
    }

    @Test
    void aLimitThatIsNotAWholeNumberFrom1To100IsA400NamingIt_atEachService() {
        String[] lists = {Stack.url("photo") + "/photos?x=1", Stack.url("vote") + "/timelines/hot?x=1",
                Stack.url("vote") + "/timelines/trending?x=1", Stack.url("comment") + "/photos/1/comments?x=1"};
        for (String list : lists) {
            for (String limit : BAD_LIMITS) {
                assertNamesLimit(given().get(list + "&limit=" + limit), list + " limit=" + limit);
            }
        }
    }

    @Test
    void aForgedTrendingCursorIsA400() {
        for (String score : List.of("1E+1000000", "Infinity", "1e5", "123456789012.5")) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("v1|" + score + "|1").getBytes(StandardCharsets.UTF_8));
            for (String url : List.of(Gateway.api() + "/photos?timeline=trending&cursor=" + cursor,
                    Stack.url("vote") + "/timelines/trending?cursor=" + cursor)) {
                given().get(url).then().statusCode(400).contentType("application/problem+json")
                        .body("detail", containsString("cursor"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "1.9", "[1]", "4294967297", "1e400", "-1.5", "true", "{\"v\":1}"})
    void aVoteThatIsNotAWholeNumberIsA400NamingTheField_andCountsNothing(String value) {
        Users.User voter = Users.registered("badvote");
        long photo = Photos.announced(Gateway.uploaded(voter, "Not a vote"));
        assertEachRefusesNaming("value", voter, "PUT", "{\"value\": " + value + "}",
                Gateway.api() + "/photos/" + photo + "/vote", Stack.url("vote") + "/photos/" + photo + "/vote");
        given().get(Gateway.api() + "/photos/" + photo).then().statusCode(200)
                .body("photo.upvotes", equalTo(0))
                .body("photo.downvotes", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "true", "[\"a\",\"b\"]", "{\"t\":\"x\"}"})
    void aCommentTextThatIsNotAStringIsA400NamingTheField_andStoresNothing(String text) {
        Users.User author = Users.registered("badtext");
        long photo = Photos.announced(Gateway.uploaded(author, "Not a comment"));
        assertEachRefusesNaming("text", author, "POST", "{\"text\": " + text + "}",
                Gateway.api() + "/photos/" + photo + "/comments", Stack.url("comment") + "/photos/" + photo + "/comments");
        given().get(Gateway.api() + "/photos/" + photo + "/comments").then().statusCode(200)
                .body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAAA", "stateless", "x", "%%%"})
    void aMadeUpViewStateSendsTheVisitorBackToThePage_neverA500(String state) {
        WebSession session = new WebSession();
        WebSession.Form form = session.form("/signin", "signin").put("jakarta.faces.ViewState", state)
                .put("signin:username", "nobody").put("signin:password", "whatever it is");
        Response answer = session.post(form, "signin:go");
        assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 302, 303, 400);
        assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("at com.sun");
        if (answer.statusCode() == 200) {
            assertThat(answer.asString()).as("the page again, with a message").contains("id=\"signin\"")
                    .contains("notice");
        } else if (answer.statusCode() != 400) {
            assertThat(answer.header("Location")).contains("/signin").contains("notice=expired");
        }
    }

    @Test
    void aFormPostToTheAdminConsoleByANonAdminShowsNothingOfIt() {
        Users.User user = Users.registered("notadmin");
        WebSession session = new WebSession();
        session.signIn(user);
        Response page = session.get("/admin");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("for administrators only").doesNotContain("id=\"services\"");
        // a form of a page this user may see, posted to the console with its own valid CSRF token
        WebSession.Form settings = session.form("/settings", "profile");
        WebSession.Form forged = new WebSession.Form("/admin", settings.fields());
        Response answer = session.post(forged, "profile:save");
        assertThat(answer.statusCode()).isIn(403, 302, 303);
        assertThat(answer.asString()).doesNotContain("id=\"services\"").doesNotContain("127.0.0.1");

        WebSession anonymous = new WebSession();
        WebSession.Form signin = anonymous.form("/signin", "signin");
        Response anonymousAnswer = anonymous.post(new WebSession.Form("/admin", signin.fields()), "signin:go");
        assertThat(anonymousAnswer.statusCode()).isIn(403, 302, 303);
        assertThat(anonymousAnswer.asString()).doesNotContain("id=\"services\"");
    }

    @Test
    void aFloodOfSignInsWithANameWhoseLowerCaseGrowsIsAnswered401_andOthersStillSignIn() {
        Users.User bystander = Users.registered("bystander");
        String grows = "\u0130".repeat(100);
        for (int i = 0; i < 30; i++) {
            for (String url : List.of(Gateway.api() + "/auth/login", Stack.authUrl() + "/tokens")) {
                given().contentType(ContentType.JSON).body(Map.of("username", grows, "password", "x"))
                        .post(url).then().statusCode(401).contentType("application/problem+json");
            }
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("username", bystander.username(), "password", bystander.password()))
                .post(Gateway.api() + "/auth/login").then().statusCode(200);
    }

    @Test
    void aJsonBodyDeclaringAGigabyteIsA413BeforeItIsRead() throws Exception {
        Users.User voter = Users.registered("bigbody");
        long photo = Photos.announced(Gateway.uploaded(voter, "Big body"));
        for (String url : List.of(Gateway.api() + "/photos/" + photo + "/vote",
                Stack.url("vote") + "/photos/" + photo + "/vote")) {
            assertThat(statusOfDeclaredGigabyte(URI.create(url), voter.token())).as(url).isEqualTo(413);
        }
        given().get(Gateway.api() + "/photos/" + photo).then().statusCode(200).body("photo.upvotes", equalTo(0));
    }

    /** Sends the head of a PUT that declares 1 GiB of JSON and a few bytes of it; answers the status line's code. */
    private static int statusOfDeclaredGigabyte(URI url, String token) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(15_000);
            String head = "PUT " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 1073741824\r\n\r\n{\"value\": 1";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).as("an answer without the rest of the body").isNotNull();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** Each of {@code urls} answers the JSON {@code body} with a 400 problem that names {@code field}. */
    private static void assertEachRefusesNaming(String field, Users.User user, String method, String body, String... urls) {
        for (String url : urls) {
            Gateway.as(user).contentType(ContentType.JSON).body(body).request(method, url)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        }
    }

    private static void assertNamesLimit(Response answer, String what) {
        answer.then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit")).body("detail", not(containsString("Exception")));
        assertThat(answer.statusCode()).as(what).isEqualTo(400);
    }
}
