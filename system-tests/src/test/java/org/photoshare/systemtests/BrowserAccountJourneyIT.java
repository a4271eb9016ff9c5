package org.photoshare.systemtests;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account journeys in real Chromium: register, sign out and in, be brought back after signing in,
 * settings (escaped output), password, the admin console and disabling a user, phone width, account
 * deletion. One browser, one user, step by step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserAccountJourneyIT extends BrowserJourney {

    private final String username = Users.uniqueName("journey");
    private String password = "first password " + UUID.randomUUID().toString().substring(0, 6);

    BrowserAccountJourneyIT() {
        super("accounts");
    }

    @Test
    @Order(1)
    void registerThroughTheForm() {
        browser.go("/").clickAndWait("#nav-register");
        assertThat(browser.location()).startsWith("/register");
        // the browser itself checks the username (a pattern it cannot compile would check nothing)
        String mismatch = "return document.getElementById('register:username').validity.patternMismatch";
        browser.type("#register\\:username", "not a name!");
        assertThat((Boolean) browser.script(mismatch)).as("a name with spaces and '!' is refused").isTrue();
        browser.find("#register\\:username").clear();
        browser.snap("01-register");
        browser.type("#register\\:username", username)
                .type("#register\\:email", username + "@example.com")
                .type("#register\\:password", password)
                .clickAndWait("#register\\:go");
        assertThat(browser.location()).isEqualTo("/?notice=welcome");
        assertThat(browser.text("#notice")).contains("Welcome");
        assertThat(browser.text("#nav-me")).isEqualTo(username);
        browser.snap("02-registered");
    }

    @Test
    @Order(2)
    void signOutAndBackIn() {
        browser.clickAndWait("#signout\\:go");
        assertThat(browser.text("#notice")).contains("signed out");
        assertThat(browser.has("#nav-me")).isFalse();
        browser.clickAndWait("#nav-signin")
                .type("#signin\\:username", username).type("#signin\\:password", "not my password")
                .clickAndWait("#signin\\:go");
        assertThat(browser.text("#messages")).contains("Wrong username or password");
        browser.snap("03-wrong-password");
        browser.type("#signin\\:username", username).type("#signin\\:password", password);
        browser.find("#signin .show-password").click();
        assertThat(browser.find("#signin\\:password").getAttribute("type")).isEqualTo("text");
        assertThat(browser.find("#signin .show-password").getAttribute("aria-pressed")).isEqualTo("true");
        browser.find("#signin .show-password").click();
        assertThat(browser.find("#signin\\:password").getAttribute("type")).isEqualTo("password");
        browser.clickAndWait("#signin\\:go");
        assertThat(browser.text("#nav-me")).isEqualTo(username);
    }

    @Test
    @Order(3)
    void anAnonymousVisitorIsBroughtBackAfterSigningIn() {
        browser.clickAndWait("#signout\\:go");
        browser.go("/settings");
        assertThat(browser.location()).isEqualTo("/signin?back=%2Fsettings");
        browser.type("#signin\\:username", username).type("#signin\\:password", password)
                .clickAndWait("#signin\\:go");
        assertThat(browser.location()).isEqualTo("/settings");
    }

    @Test
    @Order(4)
    void theProfileIsSavedAndShownAsText() {
        String script = "<script>alert('xss')</script>";
        browser.go("/settings")
                .type("#profile\\:displayName", "Journey <b>Tester</b>")
                .type("#profile\\:bio", script)
                .clickAndWait("#profile\\:save");
        assertThat(browser.text("#notice")).contains("profile was saved");
        browser.clickAndWait("#nav-me");
        assertThat(browser.text("#profile-name")).isEqualTo("Journey <b>Tester</b>");
        assertThat(browser.text(".bio")).isEqualTo(script);
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.snap("04-profile");
    }

    @Test
    @Order(5)
    void thePasswordChanges() {
        browser.go("/settings")
                .type("#password\\:current", "not my password")
                .type("#password\\:new", "second password 123").type("#password\\:repeat", "second password 123")
                .clickAndWait("#password\\:change");
        assertThat(browser.text("#password")).contains("current password is wrong");
        browser.type("#password\\:current", password)
                .type("#password\\:new", "second password 123").type("#password\\:repeat", "second password 123")
                .clickAndWait("#password\\:change");
        assertThat(browser.text("#notice")).contains("password was changed");
        password = "second password 123";
        Users.signIn(username, password).then().statusCode(200);
    }

    @Test
    @Order(6)
    void formsHaveLabels_andTheKeyboardStartsAtTheSkipLink() {
        for (String page : new String[]{"/settings", "/register"}) {
            browser.go(page);
            for (WebElement input : browser.all("input:not([type=hidden]):not([type=submit]), textarea")) {
                String id = input.getAttribute("id");
                assertThat(browser.all("label[for='" + id + "']")).as("label of " + id + " on " + page).hasSize(1);
            }
        }
        browser.go("/");
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip-link");
    }

    @Test
    @Order(7)
    void thePagesFitAPhone() {
        browser.size(390, 844);
        try {
            for (String page : new String[]{"/", "/settings", "/user?id=" + browser.find("#nav-me").getAttribute("href").split("=")[1]}) {
                browser.go(page);
                Long overflow = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow).as("horizontal overflow on " + page).isLessThanOrEqualTo(0L);
            }
            browser.go("/");
            browser.snap("05-phone-home");
        } finally {
            browser.size(1280, 900);
        }
    }

    @Test
    @Order(8)
    void anAdminSeesTheServicesAndDisablesAUser() {
        Users.User admin = Users.admin();
        Users.User troll = Users.registered("troll");
        browser.clickAndWait("#signout\\:go").clickAndWait("#nav-signin")
                .type("#signin\\:username", admin.username()).type("#signin\\:password", admin.password())
                .clickAndWait("#signin\\:go");
        browser.clickAndWait("#nav-admin");
        assertThat(browser.text("tr[data-service='auth'] .badge")).isEqualTo("ready");
        assertThat(browser.text("tr[data-service='profile'] .badge")).isEqualTo("ready");
        assertThat(browser.text("tr[data-service='auth']")).contains("0.1.0");
        assertThat(browser.text("tr[data-service='photo'] .replicas")).isEqualTo("1");
        assertThat(browser.text("#database-nodes tr[data-node='db1'] .node-state")).isEqualTo("Synced");
        browser.snap("06-admin");

        browser.go("/user?id=" + troll.id());
        assertThat(browser.text("#account-state")).isEqualTo("active");
        browser.clickAndWait("#moderate\\:disable");
        assertThat(browser.text("#account-state")).isEqualTo("disabled");
        Users.signIn(troll.username(), troll.password()).then().statusCode(403);
        browser.clickAndWait("#moderate\\:enable");
        assertThat(browser.text("#account-state")).isEqualTo("active");
        Users.signIn(troll.username(), troll.password()).then().statusCode(200);

        browser.clickAndWait("#signout\\:go");
        browser.go("/signin").type("#signin\\:username", username).type("#signin\\:password", password)
                .clickAndWait("#signin\\:go");
        browser.go("/admin");
        assertThat(browser.find("#error-page").getAttribute("data-status")).isEqualTo("403");
    }

    @Test
    @Order(9)
    void theAccountIsDeletedAfterConfirmation() {
        browser.go("/settings");
        browser.find("#delete-account summary").click();
        browser.type("#delete\\:confirm", "someone else").clickAndWait("#delete\\:go");
        assertThat(browser.find("#delete-account").getAttribute("open")).as("open to show the error").isNotNull();
        assertThat(browser.text("#delete")).contains("Type your username");
        browser.type("#delete\\:confirm", username).clickAndWait("#delete\\:go");
        assertThat(browser.text("#notice")).contains("Goodbye");
        assertThat(browser.has("#nav-me")).isFalse();
        Users.signIn(username, password).then().statusCode(401);
    }
}
