package org.photoshare.photo.domain;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitlesTest {

    @Test
    void aTitleIsTrimmedAndKeptAsGiven() {
        assertThat(Titles.clean("  <b>Sunset</b> & sea  ")).isEqualTo("<b>Sunset</b> & sea");
    }

    @Test
    void theLimitCountsCharactersNotBytesOrUtf16Units() {
        assertThat(Titles.clean("😀".repeat(140))).hasSize(280);
        assertThat(Titles.clean("ü".repeat(140))).hasSize(140);
        assertRefused("😀".repeat(141));
        assertRefused("a".repeat(141));
    }

    @Test
    void missingBlankAndControlCharactersAreRefused() {
        assertRefused(null);
        assertRefused("");
        assertRefused(" \t\n ");
        assertRefused("line\nbreak");
        assertRefused("bell\u0007");
    }

    private static void assertRefused(String title) {
        assertThatThrownBy(() -> Titles.clean(title))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
    }
}
