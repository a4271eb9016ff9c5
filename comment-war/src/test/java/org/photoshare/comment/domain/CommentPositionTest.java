package org.photoshare.comment.domain;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.paging.Cursor;
import org.photoshare.platform.problem.ProblemException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentPositionTest {

    @Test
    void aCursorKeepsTheMillisecondAndTheId() {
        CommentPosition position = new CommentPosition(Instant.parse("2026-11-21T10:15:30.123Z"), 99L);
        assertThat(CommentPosition.decode(position.encode())).isEqualTo(position);
    }

    @Test
    void aCursorWithBrokenKeysIsABadRequest() {
        assertThatThrownBy(() -> CommentPosition.decode(Cursor.encode("yesterday", 1)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CommentPosition.decode(Cursor.encode(1))).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyTheAuthorOrAnAdminMayDelete() {
        Comment comment = new Comment(1L, "author", "text", Instant.EPOCH);
        assertThat(comment.mayBeDeletedBy("author", false)).isTrue();
        assertThat(comment.mayBeDeletedBy("someone", false)).isFalse();
        assertThat(comment.mayBeDeletedBy("someone", true)).isTrue();
    }
}
