package org.photoshare.comment.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTest {

    @Test
    void textIsTrimmedAndOtherwiseKeptAsGiven() {
        String markup = "<script>alert(1)</script> & \"quotes\"\n  indented";
        assertThat(CommentText.normalised(" \t" + markup + "\n ")).isEqualTo(markup);
        assertThat(CommentText.problem(markup, 1000)).isNull();
    }

    @Test
    void emptyAndWhiteSpaceOnlyTextsAreRefused() {
        assertThat(CommentText.problem(null, 1000)).isNotNull();
        assertThat(CommentText.problem("", 1000)).isNotNull();
        assertThat(CommentText.problem(" \t\n\u2003", 1000)).isNotNull();
        assertThat(CommentText.problem(" x ", 1000)).isNull();
    }

    @Test
    void theLimitCountsCharactersAfterTrimming() {
        assertThat(CommentText.problem("x".repeat(1000), 1000)).isNull();
        assertThat(CommentText.problem("  " + "x".repeat(1000) + "  ", 1000)).isNull();
        assertThat(CommentText.problem("x".repeat(1001), 1000)).contains("1000");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        String camera = "\uD83D\uDCF7";
        assertThat(CommentText.problem(camera.repeat(1000), 1000)).isNull();
        assertThat(CommentText.problem(camera.repeat(1001), 1000)).isNotNull();
    }
}
