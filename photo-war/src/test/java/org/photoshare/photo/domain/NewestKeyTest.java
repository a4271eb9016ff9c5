package org.photoshare.photo.domain;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.paging.Cursor;
import org.photoshare.platform.problem.ProblemException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewestKeyTest {

    @Test
    void aCursorCarriesTheMillisecondAndTheId() {
        NewestKey key = new NewestKey(Instant.parse("2025-03-04T05:06:07.089Z"), 42);
        assertThat(NewestKey.fromCursor(key.toCursor())).isEqualTo(key);
        assertThat(NewestKey.fromCursor(null)).isNull();
        assertThat(NewestKey.fromCursor(" ")).isNull();
    }

    @Test
    void aForeignOrDamagedCursorIsABadRequest() {
        for (String cursor : new String[]{"garbage!", Cursor.encode("now", 1), Cursor.encode(1), "djF8"}) {
            assertThatThrownBy(() -> NewestKey.fromCursor(cursor))
                    .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
        }
    }
}
