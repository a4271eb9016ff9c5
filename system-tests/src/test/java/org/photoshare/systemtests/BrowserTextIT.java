package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text typed into the pages is stored as typed. Accented Latin, emoji, CJK and right-to-left text go
 * into every text field a person types into (the password at registration, display name, bio, an
 * upload's title, a comment, a new password), and each comes back the same on the pages and through
 * {@code /api}. Once at desktop size with the pages' JavaScript, once at phone size without it.
 */
class BrowserTextIT {

    static final String LATIN = "José Müller · Ærøskøbing";
    static final String EMOJI = "Schön! Café ☕ 📷🎉";
    static final String CJK = "日本の写真 · 東京";
    static final String RTL = "שלום עולם · مرحبا";

    static final String PASSWORD = "pässwörd 日本 🔑 שלום";
    static final String NEW_PASSWORD = "nöuveau 東京 🎉 مرحبا";
    static final String DISPLAY_NAME = "José 日本 ☕ שלום";
    static final String BIO = String.join(" / ", LATIN, EMOJI, CJK, RTL);
    static final String TITLE = EMOJI + " " + CJK;
    static final String COMMENT = String.join(" — ", RTL, LATIN, EMOJI, CJK);

    @Nested
    class AtDesktopSizeWithJavaScript extends Journey {
        AtDesktopSizeWithJavaScript() {
            super(Browser.Screen.DESKTOP, true);
        }
    }

    @Nested
    class AtPhoneSizeWithoutJavaScript extends Journey {
        AtPhoneSizeWithoutJavaScript() {
            super(Browser.Screen.PHONE, false);
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @RequiresServices({"profile", "photo", "comment"})
    abstract static class Journey extends BrowserJourney {

        private final boolean javaScript;
        private final String username = Users.uniqueName("text");
        private String userId;
        private long photoId;

        Journey(Browser.Screen screen, boolean javaScript) {
            super("text-" + screen.name().toLowerCase(), screen, javaScript);
            this.javaScript = javaScript;
        }

        @Test
        @Order(1)
        void aPasswordOfAnyScriptRegistersAndSignsIn() {
            browser.go("/register")
                    .type("#register\\:username", username)
                    .type("#register\\:email", username + "@example.com")
                    .type("#register\\:password", PASSWORD)
                    .clickAndWait("#register\\:go");
            assertThat(browser.pageScriptsRan()).as("the pages' scripts ran").isEqualTo(javaScript);
            assertThat(browser.text("#nav-me")).isEqualTo(username);
            userId = signInThroughTheApi(PASSWORD);
        }

        @Test
        @Order(2)
        void theDisplayNameAndBioAreStoredAsTyped() {
            browser.go("/settings")
                    .type("#profile\\:displayName", DISPLAY_NAME)
                    .type("#profile\\:bio", BIO)
                    .clickAndWait("#profile\\:save");
            browser.go("/settings");
            assertThat(browser.find("#profile\\:displayName").getAttribute("value")).isEqualTo(DISPLAY_NAME);
            assertThat(browser.find("#profile\\:bio").getAttribute("value")).isEqualTo(BIO);
            browser.go("/user?id=" + userId);
            assertThat(browser.text("#profile-name")).isEqualTo(DISPLAY_NAME);
            assertThat(browser.text(".bio")).isEqualTo(BIO);
            browser.snap("profile");

            Map<String, Object> profile = given().get(Gateway.api() + "/users/" + userId).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            assertThat(profile).containsEntry("displayName", DISPLAY_NAME).containsEntry("bio", BIO);
        }

        @Test
        @Order(3)
        void anUploadsTitleIsStoredAsTyped_andShowsOnThePublicTimeline() throws IOException {
            Path file = Files.createTempFile("photoshare-text-", ".jpg");
            Files.write(file, Images.jpeg(800, 600));
            browser.go("/upload");
            browser.find("#upload\\:file").sendKeys(file.toString());
            browser.type("#upload\\:title", TITLE).clickAndWait("#upload\\:send");
            Files.delete(file);
            assertThat(browser.location()).startsWith("/photo?id=");
            photoId = Long.parseLong(browser.location().replaceAll("\\D+", ""));
            assertThat(browser.text("#photo-title")).isEqualTo(TITLE);
            assertThat(browser.find("#photo-image").getAttribute("alt")).isEqualTo(TITLE);
            assertThat(browser.text("#photo-owner")).isEqualTo(DISPLAY_NAME);

            assertThat(given().get(Gateway.api() + "/photos/" + photoId).then().statusCode(200)
                    .extract().jsonPath().getString("photo.title")).isEqualTo(TITLE);

            browser.go("/");
            String card = ".grid .card[data-photo-id='" + photoId + "'] ";
            assertThat(browser.text(card + ".card-title")).isEqualTo(TITLE);
            assertThat(browser.text(card + ".card-owner")).isEqualTo(DISPLAY_NAME);
            browser.snap("timeline");
        }

        @Test
        @Order(4)
        void aCommentIsStoredAsTyped() {
            browser.go("/photo?id=" + photoId).type("#comment\\:text", COMMENT).clickAndWait("#comment\\:post");
            assertThat(browser.text("#comment-list .comment-text")).isEqualTo(COMMENT);
            browser.snap("comment");

            assertThat(given().get(Gateway.api() + "/photos/" + photoId + "/comments").then().statusCode(200)
                    .extract().jsonPath().getString("items[0].text")).isEqualTo(COMMENT);
        }

        @Test
        @Order(5)
        void aNewPasswordOfAnyScriptWorksOnThePagesAndThroughTheApi() {
            browser.go("/settings")
                    .type("#password\\:current", PASSWORD)
                    .type("#password\\:new", NEW_PASSWORD)
                    .type("#password\\:repeat", NEW_PASSWORD)
                    .clickAndWait("#password\\:change");
            assertThat(browser.has("#password .field-error")).isFalse();
            signInThroughTheApi(NEW_PASSWORD);

            browser.clickAndWait("#signout\\:go");
            browser.go("/signin")
                    .type("#signin\\:username", username)
                    .type("#signin\\:password", NEW_PASSWORD)
                    .clickAndWait("#signin\\:go");
            assertThat(browser.text("#nav-me")).isEqualTo(username);
        }

        private String signInThroughTheApi(String password) {
            return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                    .post(Gateway.api() + "/auth/login").then().statusCode(200).extract().path("user.id");
        }
    }
}
