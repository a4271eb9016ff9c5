package org.photoshare.systemtests;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/**
 * No sticky sessions needed: a page served by one gateway JVM is posted, and its visitor stays signed
 * in, on another one. A restart stands in for "another replica" (nothing of the first JVM survives but
 * the shared key): the form's view state and the cookie are all it takes.
 */
class GatewayStatelessIT {

    @Test
    void aFormAndASignInOutliveTheGatewayThatServedThem() {
        Users.User user = Users.registered("replica");
        WebSession web = new WebSession();
        web.signIn(user).then().statusCode(302);
        WebSession.Form settings = web.form("/settings", "profile").put("profile:displayName", "Served by another JVM");

        Stack.launcher("stop", "gateway");
        Stack.launcher("start", "gateway");

        web.get("/settings").then().statusCode(200).body(containsString(user.username()));
        web.post(settings, "profile:save").then().statusCode(302)
                .header("Location", containsString("notice=profile-saved"));
        web.get("/user?id=" + user.id()).then().statusCode(200).body(containsString("Served by another JVM"));
    }
}
