package org.photoshare.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The photo journeys in real Chromium: anonymous browsing of the three timelines, sent to sign in and
 * back, upload (preview, refusals), votes, comments (escaped), deletion, what another user may not do,
 * an admin's moderation, signing out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RequiresServices({"photo", "vote", "comment"})
class BrowserPhotoJourneyIT extends BrowserJourney {

    private Path files;
    private final Users.User alice = Users.registered("alice");
    private final Users.User bob = Users.registered("bob");
    private long seeded;
    private long photoId;

    BrowserPhotoJourneyIT() {
        super("photos");
    }

    @BeforeAll
    void open() throws IOException {
        files = Files.createTempDirectory("photoshare-uploads-");
        seeded = Gateway.uploaded(bob, "Bob's mountain");
    }

    @Test
    @Order(1)
    void anonymousVisitorsBrowseTheThreeTimelines() {
        browser.go("/");
        assertThat(browser.find("#tab-newest").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.has(".grid .card")).isTrue();
        assertThat(browser.has("#timeline-problem")).isFalse();
        assertThat(browser.find(".card img").getAttribute("alt")).isNotBlank();
        browser.snap("01-newest");
        for (String tab : List.of("hot", "trending", "newest")) {
            browser.clickAndWait("#tab-" + tab);
            assertThat(browser.location()).isEqualTo("/?tab=" + tab);
            assertThat(browser.find("#tab-" + tab).getAttribute("aria-current")).isEqualTo("page");
            assertThat(browser.has("#timeline-problem")).as(tab).isFalse();
        }
        browser.go("/?tab=hot");
        browser.snap("02-hot");
    }

    @Test
    @Order(2)
    void anAnonymousVoteLeadsToSignInAndBack() {
        browser.go("/photo?id=" + seeded);
        browser.clickAndWait("#vote\\:up");
        assertThat(browser.location()).startsWith("/signin?back=");
        signInAs(alice);
        assertThat(browser.location()).isEqualTo("/photo?id=" + seeded);
        assertThat(browser.text("#nav-me")).isEqualTo(alice.username());
    }

    @Test
    @Order(3)
    void aJpegIsPreviewedUploadedAndLeadsNewestAndHot() {
        browser.go("/").clickAndWait("#nav-upload");
        browser.find("#upload\\:file").sendKeys(file("sunset.jpg", Images.jpeg(1600, 1000)).toString());
        browser.waitFor("#preview-frame");
        assertThat((Boolean) browser.script("return document.getElementById('preview').naturalWidth > 0")).isTrue();
        browser.type("#upload\\:title", "Sunset over the bay");
        browser.snap("03-upload-preview");
        browser.clickAndWait("#upload\\:send");
        assertThat(browser.location()).startsWith("/photo?id=");
        photoId = Long.parseLong(browser.location().replaceAll("\\D+", ""));
        assertThat(browser.text("#photo-title")).isEqualTo("Sunset over the bay");
        assertThat(browser.find("#photo-image").getAttribute("alt")).isEqualTo("Sunset over the bay");
        assertThat((Boolean) browser.script("return document.getElementById('photo-image').naturalWidth > 0")).isTrue();
        browser.snap("04-photo");

        browser.go("/");
        assertThat(browser.find(".grid .card").getAttribute("data-photo-id")).isEqualTo(Long.toString(photoId));
        // page after page: the stack's database may hold earlier tests' voted photos of today
        browser.go("/?tab=hot");
        boolean found = false;
        while (!found) {
            for (WebElement card : browser.all(".grid .card")) {
                if (card.getAttribute("data-photo-id").equals(Long.toString(photoId))) {
                    found = true;
                    break;
                }
                assertThat(Integer.parseInt(card.findElement(org.openqa.selenium.By.cssSelector(".n-up")).getText()))
                        .as("only photos with more upvotes come before it").isPositive();
            }
            List<WebElement> more = browser.all("#more");
            if (found || more.isEmpty()) {
                break;
            }
            URI next = URI.create(more.get(0).getAttribute("href"));
            browser.go(next.getRawPath() + "?" + next.getRawQuery());
        }
        assertThat(found).as("in today's hot list").isTrue();
    }

    @Test
    @Order(4)
    void aNonImageIsCaughtInTheBrowser_aRefusalKeepsFileAndTitle_andNothingIsStored() {
        int before = photosOf(alice);
        browser.go("/upload");
        browser.find("#upload\\:file").sendKeys(file("notes.txt", Images.text()).toString());
        browser.waitFor("#file-check");
        assertThat(browser.text("#file-check")).contains("not a JPEG, PNG, GIF or WebP image");
        assertThat(browser.has("#preview-frame:not([hidden])")).isFalse();

        browser.find("#upload\\:file").sendKeys(file("holiday.jpg", Images.text()).toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.text("#file-check").contains("cannot be shown as an image"));
        assertThat(browser.script("return document.getElementById('upload:file').files.length")).isEqualTo(0L);

        // photo-war's own check: an image the browser shows, with more pixels than accepted
        browser.find("#upload\\:file").sendKeys(file("huge.jpg", Images.jpeg(8000, 5001)).toString());
        browser.waitFor("#preview-frame");
        browser.type("#upload\\:title", "Far too many pixels").clickAndWait("#upload\\:send");
        assertThat(browser.location()).startsWith("/upload");
        assertThat(browser.text("#upload")).contains("8000 x 5001 pixels");
        assertThat(browser.text("#upload-status")).contains("Your file and title are still here");
        assertThat(browser.find("#upload\\:title").getAttribute("value")).isEqualTo("Far too many pixels");
        assertThat(browser.script("return document.getElementById('upload:file').files.length")).isEqualTo(1L);
        assertThat(browser.find("#upload\\:send").isEnabled()).isTrue();
        browser.snap("05-upload-refused");
        assertThat(photosOf(alice)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void votesGoUpThenDownThenAreWithdrawn() {
        browser.go("/photo?id=" + photoId);
        assertVotes(0, 0, null);
        browser.clickAndWait("#vote\\:up");
        assertVotes(1, 0, "up");
        browser.clickAndWait("#vote\\:down");
        assertVotes(0, 1, "down");
        browser.clickAndWait("#vote\\:down");
        assertVotes(0, 0, null);
        browser.clickAndWait("#vote\\:up");
        assertVotes(1, 0, "up");
        browser.snap("06-voted");
    }

    @Test
    @Order(6)
    void votesAndCommentsUpdateInPlace_andFocusStaysOnTheControlUsed() {
        browser.go("/photo?id=" + photoId);
        browser.script("window.samePage = 'yes'");
        int up = Integer.parseInt(browser.find("#vote\\:up").getAttribute("value").substring(2));
        browser.find("#vote\\:up").sendKeys(Keys.ENTER);
        browser.waitFor("#votes");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !"0".equals(browser.updates()));
        assertThat(browser.find("#vote\\:up").getAttribute("value")).isEqualTo("▲ " + (up - 1));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("vote:up");
        assertThat(browser.script("return window.samePage")).as("no reload").isEqualTo("yes");

        browser.type("#comment\\:text", "Said in place");
        browser.clickAndWait("#comment\\:post");
        assertThat(browser.text("#comment-list .comment:first-child .comment-text")).isEqualTo("Said in place");
        assertThat(browser.find("#comment\\:text").getAttribute("value")).isEmpty();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("comment:post");
        browser.find("#comment-list .comment:first-child .comment-delete summary").click();
        browser.clickAndWait("#comment-list .comment:first-child input[type=submit]");
        assertThat(browser.text("#comment-list")).doesNotContain("Said in place");
        assertThat(browser.script("return window.samePage")).as("no reload").isEqualTo("yes");
        browser.find("#vote\\:up").sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "4".equals(browser.updates()));
        assertVotes(1, 0, "up");
    }

    @Test
    @Order(7)
    void aCommentShowsAsWritten_escaped() {
        String text = "<script>alert('xss')</script> What a sky!";
        browser.go("/photo?id=" + photoId).type("#comment\\:text", text).clickAndWait("#comment\\:post");
        assertThat(browser.text("#comment-list .comment-text")).isEqualTo(text);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.text("#comments-title")).contains("1");
        browser.snap("07-commented");
    }

    @Test
    @Order(8)
    void theAuthorDeletesTheirComment() {
        browser.go("/photo?id=" + photoId).type("#comment\\:text", "This one goes away").clickAndWait("#comment\\:post");
        assertThat(browser.all("#comment-list .comment")).hasSize(2);
        browser.find("#comment-list .comment:first-child .comment-delete summary").click();
        browser.clickAndWait("#comment-list .comment:first-child input[type=submit]");
        assertThat(browser.all("#comment-list .comment")).hasSize(1);
        assertThat(browser.text("#comment-list")).doesNotContain("This one goes away");
    }

    @Test
    @Order(9)
    void anotherUserSeesNoDeleteButtons_andAForgedDeleteIsRefused() {
        browser.clickAndWait("#signout\\:go");
        signInAs(bob);
        browser.go("/photo?id=" + photoId);
        assertThat(browser.has("#delete-photo")).isFalse();
        assertThat(browser.all("#comment-list .comment-delete")).isEmpty();
        browser.type("#comment\\:text", "Bob was here").clickAndWait("#comment\\:post");
        List<WebElement> deletable = browser.all("#comment-list .comment-delete");
        assertThat(deletable).hasSize(1);

        String alicesComment = browser.all("#comment-list .comment").get(1).getAttribute("data-comment-id");
        browser.script("document.querySelector('#comment-list .comment-delete input[name=commentId]').value = arguments[0]",
                alicesComment);
        browser.find("#comment-list .comment-delete summary").click();
        browser.clickAndWait("#comment-list .comment-delete input[type=submit]");
        assertThat(browser.text("#messages")).isNotBlank();
        assertThat(browser.all("#comment-list .comment")).hasSize(2);
        Gateway.as(bob).delete(Gateway.api() + "/photos/" + photoId).then().statusCode(403);
        browser.snap("08-forged-delete");
    }

    @Test
    @Order(10)
    void anAdminRemovesSomeonesComment() {
        Users.User admin = Users.admin();
        browser.clickAndWait("#signout\\:go");
        signInAs(admin);
        browser.go("/photo?id=" + photoId);
        assertThat(browser.all("#comment-list .comment-delete")).hasSize(2);
        assertThat(browser.has("#delete-photo")).isTrue();
        browser.find("#comment-list .comment:first-child .comment-delete summary").click();
        browser.clickAndWait("#comment-list .comment:first-child input[type=submit]");
        assertThat(browser.text("#comment-list")).doesNotContain("Bob was here");
        assertThat(browser.all("#comment-list .comment")).hasSize(1);
    }

    @Test
    @Order(11)
    void theOwnerDeletesTheirPhoto_andSignsOut() {
        browser.clickAndWait("#signout\\:go");
        signInAs(alice);
        browser.go("/photo?id=" + photoId);
        browser.find("#delete-photo summary").click();
        browser.clickAndWait("#deletePhoto\\:confirm");
        assertThat(browser.text("#notice")).contains("photo was deleted");
        assertThat(browser.all(".grid .card[data-photo-id='" + photoId + "']")).isEmpty();
        given().get(Gateway.url() + "/photo?id=" + photoId).then().statusCode(404);
        browser.clickAndWait("#signout\\:go");
        assertThat(browser.has("#nav-signin")).isTrue();
        browser.snap("09-signed-out");
    }

    private void signInAs(Users.User user) {
        if (!browser.location().startsWith("/signin")) {
            browser.go("/signin");
        }
        browser.type("#signin\\:username", user.username()).type("#signin\\:password", user.password())
                .clickAndWait("#signin\\:go");
    }

    private void assertVotes(int up, int down, String pressed) {
        assertThat(browser.find("#vote\\:up").getAttribute("value")).isEqualTo("▲ " + up);
        assertThat(browser.find("#vote\\:down").getAttribute("value")).isEqualTo("▼ " + down);
        assertThat(browser.find("#vote\\:up").getAttribute("aria-pressed")).isEqualTo(String.valueOf("up".equals(pressed)));
        assertThat(browser.find("#vote\\:down").getAttribute("aria-pressed")).isEqualTo(String.valueOf("down".equals(pressed)));
    }

    private Path file(String name, byte[] bytes) {
        try {
            return Files.write(files.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int photosOf(Users.User user) {
        return given().get(Gateway.api() + "/users/" + user.id() + "/photos?limit=100").jsonPath().getList("items").size();
    }
}
