package org.photoshare.systemtests;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every kind of bad token is refused with 401, on profile-war and on auth-war alike. */
class TokenVerificationIT {

    private static Users.User user;
    private static String issuer;

    @BeforeAll
    static void user() throws Exception {
        user = Users.registered("tokens");
        issuer = JwtClaims.parse(Tokens.payloadOf(user.token())).getIssuer();
    }

    @Test
    void theGenuineTokenIsAccepted() {
        assertStatus(user.token(), 200);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        Users.User other = Users.registered("other");
        JwtClaims claims = JwtClaims.parse(Tokens.payloadOf(user.token()));
        claims.setSubject(other.id());
        assertStatus(Tokens.withPayloadReplaced(user.token(), claims.toJson()), 401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JwtClaims claims = Tokens.claims(issuer, user.id(), user.username(), Instant.now().minusSeconds(600));
        assertStatus(Tokens.signedWithStackKey(claims), 401);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        JwtClaims claims = Tokens.claims(issuer, user.id(), user.username(), Instant.now().plusSeconds(600));
        assertStatus(Tokens.unsigned(claims), 401);
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRefused() throws Exception {
        String publicPem = given().get(Stack.authUrl() + "/keys/public.pem").then().statusCode(200)
                .extract().asString();
        JwtClaims claims = Tokens.claims(issuer, user.id(), user.username(), Instant.now().plusSeconds(600));
        assertStatus(Tokens.hs256WithPublicKey(claims, publicPem), 401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        JwtClaims claims = Tokens.claims("urn:someone-else", user.id(), user.username(), Instant.now().plusSeconds(600));
        assertStatus(Tokens.signedWithStackKey(claims), 401);
    }

    @Test
    void aCorrectlySignedTokenOfTheRightIssuerIsAccepted() throws Exception {
        // The control for the cases above: only the property under test differs.
        JwtClaims claims = Tokens.claims(issuer, user.id(), user.username(), Instant.now().plusSeconds(600));
        assertStatus(Tokens.signedWithStackKey(claims), 200);
    }

    private static void assertStatus(String token, int status) {
        given().auth().oauth2(token).get(Stack.profileUrl() + "/users/me")
                .then().statusCode(status);
        if (status == 401) {
            given().auth().oauth2(token).get(Stack.profileUrl() + "/users/me")
                    .then().contentType("application/problem+json").body("status", equalTo(401));
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"currentPassword\":\"x\",\"newPassword\":\"yyyyyyyy\"}")
                    .put(Stack.authUrl() + "/accounts/me/password")
                    .then().statusCode(401);
        }
    }
}
