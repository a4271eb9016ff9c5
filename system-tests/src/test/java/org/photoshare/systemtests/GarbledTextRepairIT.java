package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.photoshare.platform.persistence.GarbledTextRepair;
import org.photoshare.platform.text.GarbledText;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair of text that the pages stored garbled, before they declared their encoding: the services'
 * own repair migrations, run against their real schemas, bring back what was typed and leave the rest;
 * a password hashed garbled still signs in, once, and is then stored as typed.
 *
 * <p>The garbled texts are stored through the services' APIs, exactly as the broken pages stored them
 * (the APIs store what they are sent).
 */
@RequiresServices({"profile", "photo", "comment"})
class GarbledTextRepairIT {

    @Test
    void profilesPhotoTitlesAndCommentsAreRepaired_andTextAsTypedIsLeftAlone() throws SQLException {
        Users.User garbling = Users.registered("garbled");
        Users.User typing = Users.registered("typed");
        updateProfile(garbling, GarbledText.garbled("José Müller ☕ 日本"), GarbledText.garbled("Schön! שלום 📷"));
        updateProfile(typing, "Ærøskøbing", "naïve façade, Größe 10 µm");
        long garbledPhoto = Gateway.uploaded(garbling, GarbledText.garbled("Très bien, même à Zürich"));
        long typedPhoto = Gateway.uploaded(typing, "Café crème");
        long garbledComment = comment(garbling, garbledPhoto, GarbledText.garbled("Ça va? Très bien!"));
        long typedComment = comment(typing, garbledPhoto, "Déjà vu");

        repair("profile", new GarbledTextRepair("2", "profile", "id", "display_name", "bio"));
        repair("photo", new GarbledTextRepair("2", "photo", "id", "title"));
        repair("comment", new GarbledTextRepair("2", "comment", "id", "text"));

        assertThat(profile(garbling)).containsEntry("displayName", "José Müller ☕ 日本")
                .containsEntry("bio", "Schön! שלום 📷");
        assertThat(profile(typing)).containsEntry("displayName", "Ærøskøbing")
                .containsEntry("bio", "naïve façade, Größe 10 µm");
        assertThat(title(garbledPhoto)).isEqualTo("Très bien, même à Zürich");
        assertThat(title(typedPhoto)).isEqualTo("Café crème");
        assertThat(commentText(garbledPhoto, garbledComment)).isEqualTo("Ça va? Très bien!");
        assertThat(commentText(garbledPhoto, typedComment)).isEqualTo("Déjà vu");
    }

    @Test
    void aPasswordHashedGarbledSignsInOnce_andIsThenStoredAsTyped() {
        String username = Users.uniqueName("oldpw");
        String typed = "pässwörd-Ünïcode";
        Users.register(username, username + "@example.com", GarbledText.garbled(typed)).then().statusCode(201);

        Users.signIn(username, typed).then().statusCode(200);
        Users.signIn(username, typed).then().statusCode(200);
        Users.signIn(username, GarbledText.garbled(typed)).then().statusCode(401);
    }

    private static void updateProfile(Users.User user, String displayName, String bio) {
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "bio", bio, "email", user.email()))
                .put(Stack.profileUrl() + "/users/me").then().statusCode(200);
    }

    private static Map<String, Object> profile(Users.User user) {
        return given().get(Stack.profileUrl() + "/users/" + user.id()).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    private static long comment(Users.User author, long photoId, String text) {
        return Gateway.as(author).contentType(ContentType.JSON).body(Map.of("text", text))
                .post(Gateway.api() + "/photos/" + photoId + "/comments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String title(long photoId) {
        return given().get(Stack.url("photo") + "/photos/" + photoId).then().statusCode(200)
                .extract().jsonPath().getString("title");
    }

    private static String commentText(long photoId, long commentId) {
        return given().get(Stack.url("comment") + "/photos/" + photoId + "/comments?limit=50").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.id == " + commentId + " }.text");
    }

    /** Runs a service's repair migration with that service's own database user, as its start-up would. */
    private static void repair(String service, GarbledTextRepair migration) throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + Stack.databasePort() + "/photoshare_" + service;
        try (Connection connection = DriverManager.getConnection(url, service, Stack.secret("db-" + service))) {
            connection.setAutoCommit(false);
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }
    }
}
