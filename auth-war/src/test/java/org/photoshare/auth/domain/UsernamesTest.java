package org.photoshare.auth.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UsernamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann", "Ann_Lee-2", " padded ", "abcdefghijklmnopqrstuvwxyz0123"})
    void aNameAnAccountCanHaveIsPossible(String name) {
        assertThat(Usernames.possible(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "abcdefghijklmnopqrstuvwxyz01234", "ann lee", "änn", "a;b", "İİİ"})
    void aNameNoAccountCanHaveIsNot(String name) {
        assertThat(Usernames.possible(name)).isFalse();
    }

    @Test
    void aRunOfCapitalDottedIsIsRefusedBeforeItsLowerCaseGrows() {
        String name = "\u0130".repeat(100);
        assertThat(Usernames.normalise(name)).hasSizeGreaterThan(100);
        assertThat(Usernames.possible(name)).isFalse();
        assertThat(Usernames.possible(null)).isFalse();
    }
}
