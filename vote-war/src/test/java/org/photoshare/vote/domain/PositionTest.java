package org.photoshare.vote.domain;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.paging.Cursor;
import org.photoshare.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionTest {

    @Test
    void aHotCursorKeepsItsDayAndExactSortKey() {
        HotPosition position = new HotPosition(LocalDate.parse("2026-11-21"), 42,
                Instant.parse("2026-11-21T10:15:30.123Z"), 7L);
        assertThat(HotPosition.decode(position.encode())).isEqualTo(position);
    }

    @Test
    void aTrendingCursorKeepsTheScoreExactly() {
        TrendingPosition position = new TrendingPosition(new BigDecimal("39895.5765138"), 12L);
        TrendingPosition decoded = TrendingPosition.decode(position.encode());
        assertThat(decoded.score()).isEqualByComparingTo("39895.5765138");
        assertThat(decoded.id()).isEqualTo(12L);
    }

    @Test
    void aVoteCursorRoundTrips() {
        VotePosition position = new VotePosition(Instant.parse("2026-11-21T10:15:30.123Z"), 9L);
        assertThat(VotePosition.decode(position.encode())).isEqualTo(position);
    }

    @Test
    void cursorsOfAnotherKindOrWithBrokenKeysAreBadRequests() {
        String trending = new TrendingPosition(BigDecimal.ONE, 1L).encode();
        assertThatThrownBy(() -> HotPosition.decode(trending)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> HotPosition.decode(Cursor.encode("not-a-day", 1, 2, 3)))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> TrendingPosition.decode(Cursor.encode("NaN-ish", 1)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> VotePosition.decode("garbage!")).isInstanceOf(ProblemException.class);
    }

    @Test
    void aForgedTrendingScoreIsABadRequest() {
        for (String score : new String[] {"1E+1000000", "1e5", "Infinity", "123456789012.5", "1.12345678", "", "-"}) {
            assertThatThrownBy(() -> TrendingPosition.decode(Cursor.encode(score, 1))).as(score)
                    .isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).status()).isEqualTo(400);
        }
        assertThat(TrendingPosition.decode(Cursor.encode("-12.5", 3)).score()).isEqualByComparingTo("-12.5");
    }
}
