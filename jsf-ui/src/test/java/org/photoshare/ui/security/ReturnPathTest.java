package org.photoshare.ui.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/photo?id=5", "/upload", "/", "/user?id=a-b&tab=votes"})
    void localPathsAreKept(String path) {
        assertThat(ReturnPath.safe(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)",
            "/photo\r\nSet-Cookie: x=1", "photo", ""})
    void anythingElseGoesHome(String path) {
        assertThat(ReturnPath.safe(path)).isEqualTo("/");
    }
}
