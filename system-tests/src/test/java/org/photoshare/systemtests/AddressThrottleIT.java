package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client address spraying passwords across usernames, or registering in a loop, through the
 * gateway: after 100 password checks in the window it gets 429 with Retry-After, for sign-in and
 * registration alike, and other clients are not affected.
 */
class AddressThrottleIT {

    private static final int PER_ADDRESS = 100;

    @Test
    void anAddressSprayingPasswordsIsStopped_andOtherClientsAreNot() {
        String sprayer = FromAddress.freshLoopback();
        List<Integer> statuses = sprayed(sprayer, PER_ADDRESS + 10);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("password checks judged").isEqualTo(PER_ADDRESS);
        assertThat(statuses.stream().filter(s -> s == 429).count()).as("refused").isEqualTo(10);

        FromAddress.Answer signIn = signIn(sprayer, Users.uniqueName("spray"), Map.of());
        assertThat(signIn.status()).isEqualTo(429);
        assertThat(signIn.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(signIn.header("Retry-After"))).isBetween(1L, 15 * 60L);
        String name = Users.uniqueName("sprayreg");
        FromAddress.Answer registration = FromAddress.postJson(sprayer, Gateway.api() + "/users",
                "{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"password\":\"a good password\"}",
                Map.of());
        assertThat(registration.status()).as("registering from the same address").isEqualTo(429);

        Users.User someoneElse = Users.registered("bystander");
        FromAddress.Answer other = signIn(FromAddress.freshLoopback(), someoneElse.username(), someoneElse.password());
        assertThat(other.status()).as("another client signs in").isEqualTo(200);
    }

    @Test
    void aClientCannotBorrowAnotherAddressWithXForwardedFor() {
        String sprayer = FromAddress.freshLoopback();
        sprayed(sprayer, PER_ADDRESS + 1);
        Users.User user = Users.registered("forwarded");
        FromAddress.Answer answer = signIn(FromAddress.freshLoopback(), user.username(), user.password(),
                Map.of("X-Forwarded-For", sprayer));
        assertThat(answer.status()).as("the header of a client that is not the edge is ignored").isEqualTo(200);
    }

    /** Wrong passwords for made-up usernames, four at a time; their statuses. */
    private static List<Integer> sprayed(String source, int count) {
        return Concurrently.statuses(count, 4, attempt -> signIn(source, Users.uniqueName("spray"), Map.of()).status());
    }

    private static FromAddress.Answer signIn(String source, String username, Map<String, String> headers) {
        return signIn(source, username, "not the password", headers);
    }

    private static FromAddress.Answer signIn(String source, String username, String password) {
        return signIn(source, username, password, Map.of());
    }

    private static FromAddress.Answer signIn(String source, String username, String password, Map<String, String> headers) {
        return FromAddress.postJson(source, Gateway.api() + "/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", headers);
    }
}
