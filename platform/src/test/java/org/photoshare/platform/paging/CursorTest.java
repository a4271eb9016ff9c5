package org.photoshare.platform.paging;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void aCursorRoundTripsItsKeys() {
        String cursor = Cursor.encode("2026-11-21T10:00:00.123Z", 42L);
        assertThat(Cursor.decode(cursor, 2)).containsExactly("2026-11-21T10:00:00.123Z", "42");
    }

    @Test
    void garbageAndForeignCursorsAreBadRequests() {
        assertThatThrownBy(() -> Cursor.decode("%%%", 2)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode("a"), 2)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aPageKnowsWhetherAnotherFollows() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), 2, String::valueOf);
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextCursor()).isEqualTo("2");
        assertThat(Page.of(List.of(1, 2), 2, String::valueOf).nextCursor()).isNull();
    }

    @Test
    void limitsAreBounded() {
        assertThat(PageLimit.of(null)).isEqualTo(20);
        assertThat(PageLimit.of("100")).isEqualTo(100);
        assertThat(PageLimit.of("007")).isEqualTo(7);
        for (String bad : new String[] {"0", "101", "abc", "1.5", "99999999999", "+5", "-1", "", " 5", "5 ", "1e2"}) {
            assertThatThrownBy(() -> PageLimit.of(bad)).as(bad).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("limit");
        }
    }
}
