package org.photoshare.systemtests;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

class ProfileIT {

    @Test
    void anyoneReadsTheProfileButOnlyTheOwnerSeesTheEmail() {
        Users.User owner = Users.registered("owner");
        Users.User stranger = Users.registered("stranger");
        String url = Stack.profileUrl() + "/users/" + owner.id();

        given().get(url).then().statusCode(200)
                .body("username", equalTo(owner.username()))
                .body("email", nullValue());
        given().auth().oauth2(stranger.token()).get(url).then().statusCode(200)
                .body("email", nullValue());
        given().auth().oauth2(owner.token()).get(url).then().statusCode(200)
                .body("email", equalTo(owner.email()));
    }

    @Test
    void adminsSeeTheEmailToo() {
        Users.User owner = Users.registered("seen");
        given().auth().oauth2(Users.admin().token()).get(Stack.profileUrl() + "/users/" + owner.id())
                .then().statusCode(200).body("email", equalTo(owner.email()));
    }

    @Test
    void theOwnerUpdatesTheirProfile() {
        Users.User owner = Users.registered("upd");
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada L.", "bio", "Counting engines", "email", "new-" + owner.email()))
                .put(Stack.profileUrl() + "/users/me")
                .then().statusCode(200)
                .body("displayName", equalTo("Ada L."))
                .body("email", equalTo("new-" + owner.email()));
        given().get(Stack.profileUrl() + "/users/" + owner.id()).then()
                .body("bio", equalTo("Counting engines"));
    }

    @Test
    void updatingAnotherUsersProfileIsForbidden() {
        Users.User owner = Users.registered("victim");
        Users.User attacker = Users.registered("attacker");
        given().auth().oauth2(attacker.token()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "pwned", "email", attacker.email()))
                .put(Stack.profileUrl() + "/users/" + owner.id())
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().get(Stack.profileUrl() + "/users/" + owner.id()).then()
                .body("displayName", equalTo(owner.username()));
    }

    @Test
    void updatingWithoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(Map.of("email", "a@example.com"))
                .put(Stack.profileUrl() + "/users/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anEmailTakenByAnotherUserIsAConflict() {
        Users.User first = Users.registered("mail1");
        Users.User second = Users.registered("mail2");
        given().auth().oauth2(second.token()).contentType(ContentType.JSON)
                .body(Map.of("email", first.email().toUpperCase()))
                .put(Stack.profileUrl() + "/users/me")
                .then().statusCode(409);
    }

    @Test
    void oversizedAndInvalidFieldsAreRefusedAndChangeNothing() {
        Users.User owner = Users.registered("big");
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "d".repeat(51), "bio", "b".repeat(301), "email", "nope"))
                .put(Stack.profileUrl() + "/users/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("displayName", "bio", "email"));
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON).body("[1,2")
                .put(Stack.profileUrl() + "/users/me")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(owner.token()).get(Stack.profileUrl() + "/users/me").then()
                .body("email", equalTo(owner.email()))
                .body("bio", nullValue());
    }

    @Test
    void anUnknownUserIsNotFound() {
        given().get(Stack.profileUrl() + "/users/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theBatchLookupServesServicesOnlyInOneCall() {
        Users.User a = Users.registered("batcha");
        Users.User b = Users.registered("batchb");
        String url = Stack.profileUrl() + "/internal/users?ids=" + a.id() + "," + b.id() + ",unknown-id";

        given().get(url).then().statusCode(401);
        given().auth().oauth2(a.token()).get(url).then().statusCode(403);
        given().auth().oauth2(Users.serviceToken()).get(url).then().statusCode(200)
                .body("", hasSize(2))
                .body("username", containsInAnyOrder(a.username(), b.username()))
                .body("email", containsInAnyOrder(nullValue(), nullValue()));
    }

    @Test
    void aWrongServiceSecretGetsNoServiceToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("service", "intruder", "secret", "guess"))
                .post(Stack.authUrl() + "/service-tokens")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
