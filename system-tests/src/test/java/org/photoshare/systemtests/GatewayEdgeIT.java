package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Security at the edge: cookies, CSRF, headers, escaping, error pages, what is not routed. */
class GatewayEdgeIT {

    @Test
    void signingInSetsAnHttpOnlySameSiteCookie_andNeverASession() {
        Users.User user = Users.registered("cookie");
        WebSession web = new WebSession();
        Response signedIn = web.signIn(user);
        signedIn.then().statusCode(302).header("Location", Gateway.url() + "/");
        String cookie = setCookie(signedIn, "ps_session");
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        Response home = web.get("/settings");
        home.then().statusCode(200).body(containsString("id=\"nav-me\""));
        assertThat(home.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(signedIn.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void behindTlsTheCookieIsSecure() {
        Users.User user = Users.registered("tls");
        WebSession web = new WebSession();
        WebSession.Form form = web.form("/signin", "signin").put("signin:username", user.username())
                .put("signin:password", user.password());
        Response signedIn = web.post(form, "signin:go", web.request().header("X-Forwarded-Proto", "https"));
        assertThat(setCookie(signedIn, "ps_session")).contains("Secure").contains("HttpOnly");
        assertThat(signedIn.header("Strict-Transport-Security")).isNotNull();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused_andChangesNothing() {
        WebSession web = new WebSession();
        String username = Users.uniqueName("csrf");
        WebSession.Form form = registration(web, username);
        form.fields().remove("_csrf");
        web.post(form, "register:go").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("not sent from your own Photoshare page"));
        Users.signIn(username, "a good password").then().statusCode(401);
    }

    @Test
    void anotherVisitorsCsrfTokenIsRefused() {
        WebSession attacker = new WebSession();
        WebSession victim = new WebSession();
        String username = Users.uniqueName("csrfother");
        WebSession.Form forged = registration(attacker, username);
        victim.get("/");
        victim.post(forged, "register:go").then().statusCode(403);
        Users.signIn(username, "a good password").then().statusCode(401);
        attacker.post(forged, "register:go").then().statusCode(302);
        Users.signIn(username, "a good password").then().statusCode(200);
    }

    @Test
    void aSignedInUsersFormsAreBoundToTheirSignIn() {
        Users.User user = Users.registered("bound");
        WebSession first = new WebSession();
        first.signIn(user).then().statusCode(302);
        WebSession.Form signOut = first.form("/settings", "signout");
        WebSession second = new WebSession();
        second.signIn(user).then().statusCode(302);
        second.post(signOut, "signout:go").then().statusCode(403);
        first.post(signOut, "signout:go").then().statusCode(302)
                .header("Location", containsString("notice=signed-out"));
    }

    @Test
    void aTamperedViewStateDoesNothing() {
        WebSession web = new WebSession();
        String username = Users.uniqueName("tamper");
        WebSession.Form form = registration(web, username);
        String state = form.fields().get("jakarta.faces.ViewState");
        form.put("jakarta.faces.ViewState", state.substring(0, 20) + (state.charAt(20) == 'A' ? 'B' : 'A') + state.substring(21));
        web.post(form, "register:go").then().statusCode(302)
                .header("Location", containsString("notice=expired"));
        Users.signIn(username, "a good password").then().statusCode(401);
    }

    @Test
    void pagesTakeFilesOnlyOnTheUploadPage_andOnlyFromASignedInUser() {
        byte[] file = new byte[4 << 20];
        for (String page : List.of("/", "/signin", "/register", "/photo?id=1", "/settings")) {
            given().redirects().follow(false).multiPart("file", "big.jpg", file, "image/jpeg")
                    .post(Gateway.url() + page).then().statusCode(415)
                    .contentType(containsString("text/html")).body(containsString("Only the upload page takes files."));
        }
        given().redirects().follow(false).multiPart("file", "big.jpg", file, "image/jpeg")
                .post(Gateway.url() + "/upload").then().statusCode(401)
                .body(containsString("Sign in to upload photos."));

        WebSession web = new WebSession();
        web.signIn(Users.registered("multipart")).then().statusCode(302);
        web.request().multiPart("file", "big.jpg", file, "image/jpeg").post(Gateway.url() + "/settings")
                .then().statusCode(415);
    }

    @Test
    void securityHeadersAreOnPagesAndApi() {
        for (String path : List.of("/", "/signin", "/api/users/nobody", "/nope", "/assets/app.css")) {
            Response response = given().get(Gateway.url() + path);
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("frame-ancestors 'none'").contains("script-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void pagesNeedNoInlineScriptsOrStyles() {
        for (String path : List.of("/", "/signin", "/register", "/?tab=hot")) {
            String html = given().get(Gateway.url() + path).asString();
            assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"").doesNotContainPattern("\\sstyle=\"");
        }
    }

    @Test
    void whatUsersWriteIsEscaped() {
        Users.User user = Users.registered("xss");
        String script = "<script>alert(1)</script>";
        Gateway.as(user).contentType(ContentType.JSON)
                .body(Map.of("displayName", "<b>bold</b>", "bio", script, "email", user.email()))
                .put(Gateway.api() + "/users/me").then().statusCode(200);
        given().get(Gateway.url() + "/user?id=" + user.id()).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("&lt;b&gt;bold&lt;/b&gt;"))
                .body(not(containsString(script)));
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/internal/users?ids=x", "GET, /internal/users?ids=x", "GET, /profile/internal/users?ids=x",
            "POST, /service-tokens", "POST, /api/service-tokens", "POST, /auth/service-tokens",
            "DELETE, /api/internal/users/x", "PUT, /api/internal/photos/1"})
    void internalEndpointsAreNotRouted(String method, String path) {
        var request = given().auth().oauth2(Users.serviceToken());
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType(ContentType.JSON).body("{}");
        }
        Response response = request.request(method, Gateway.url() + path);
        assertThat(response.statusCode()).as(method + " " + path).isIn(401, 404, 405);
        assertThat(response.asString()).doesNotContain("token\":\"");
    }

    @Test
    void openApiDescribesThePublicApi() {
        given().get(Gateway.url() + "/openapi").then().statusCode(200)
                .body(containsString("title: Photoshare"))
                .body(containsString("/api/photos:"))
                .body(containsString("/api/photos/{id}/vote:"))
                .body(containsString("/api/users/{id}:"))
                .body(containsString("/api/auth/login:"))
                .body(containsString("/api/comments/{id}:"));
    }

    @Test
    void aMissingPageKeepsTheSiteHeader_signedInOrNot() {
        given().get(Gateway.url() + "/no/such/page").then().statusCode(404)
                .body(containsString("id=\"error-page\"")).body(containsString("Page not found"))
                .body(containsString("id=\"nav-signin\""));
        WebSession web = new WebSession();
        Users.User user = Users.registered("lost");
        web.signIn(user).then().statusCode(302);
        web.get("/no/such/page").then().statusCode(404)
                .body(containsString("id=\"error-page\"")).body(containsString("id=\"nav-me\""))
                .body(containsString(user.username()));
        web.get("/photo?id=987654321").then().statusCode(404).body(containsString("id=\"nav-me\""));
    }

    @Test
    void errorsArePagesForPeopleAndProblemsForTheApi() {
        given().get(Gateway.url() + "/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("id=\"error-page\""))
                .body(not(containsString("Exception")));
        given().get(Gateway.url() + "/photo?id=notanumber").then().statusCode(404)
                .contentType(containsString("text/html"));
        given().get(Gateway.api() + "/no/such/route").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(Gateway.api() + "/photos?timeline=sideways").then().statusCode(400)
                .contentType("application/problem+json");
        given().get(Gateway.api() + "/photos?limit=1000").then().statusCode(400);
    }

    @Test
    void pagesThatNeedASignInSendAnonymousVisitorsThereAndBack() {
        for (String path : List.of("/upload", "/settings", "/admin")) {
            given().redirects().follow(false).get(Gateway.url() + path).then().statusCode(302)
                    .header("Location", containsString("/signin?back=" + java.net.URLEncoder.encode(path,
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        WebSession web = new WebSession();
        web.signIn(Users.registered("notadmin")).then().statusCode(302);
        web.get("/admin").then().statusCode(403).body(containsString("id=\"error-page\""));
    }

    private static WebSession.Form registration(WebSession web, String username) {
        return web.form("/register", "register").put("register:username", username)
                .put("register:email", username + "@example.com").put("register:password", "a good password");
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }
}
