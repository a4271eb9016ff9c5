package org.photoshare.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoWatchTest {

    private static final PhotoCounts NONE = new PhotoCounts(0, 0, 0);
    private static final PhotoCounts ONE_UP = new PhotoCounts(1, 0, 0);

    private final PhotoWatch watch = new PhotoWatch();

    @Test
    void aPageIsCurrentWhileItsPhotosCountsStayTheSame() {
        long version = watch.observe(7, NONE);
        assertThat(watch.observe(7, NONE)).isEqualTo(version);
        watch.recheck(7, NONE);
        assertThat(watch.current(Set.of(7L), Map.of(7L, version))).isTrue();
    }

    @Test
    void countsSeenToChangeEndThePagesMadeBefore_evenWhenTheyChangeBackLater() {
        long before = watch.observe(7, NONE);
        watch.recheck(7, ONE_UP);
        assertThat(watch.current(Set.of(7L), Map.of(7L, before))).isFalse();
        long during = watch.observe(7, ONE_UP);
        assertThat(watch.current(Set.of(7L), Map.of(7L, during))).isTrue();
        watch.recheck(7, NONE);
        assertThat(watch.current(Set.of(7L), Map.of(7L, during))).isFalse();
        assertThat(watch.current(Set.of(7L), Map.of(7L, before))).as("the same counts again, but a new version").isFalse();
    }

    @Test
    void aPageMadeFromCountsOlderThanTheLatestSeenIsNotCurrent() {
        long sweepSaw = watch.observe(7, ONE_UP);
        long pageHolds = watch.observe(7, NONE);
        assertThat(pageHolds).isNotEqualTo(sweepSaw);
        watch.recheck(7, ONE_UP);
        assertThat(watch.current(Set.of(7L), Map.of(7L, pageHolds))).isFalse();
    }

    @Test
    void aPageIsCurrentOnlyWhenItHoldsAVersionForEveryPhotoItShows() {
        long version = watch.observe(7, NONE);
        assertThat(watch.current(Set.of(7L, 8L), Map.of(7L, version))).isFalse();
        assertThat(watch.current(Set.of(), Map.of())).isFalse();
    }

    @Test
    void aPhotoNoPageShowsIsForgottenAfterTheGrace_andThenNoOldPageMatchesIt() {
        long version = watch.observe(7, NONE);
        watch.retainOnly(Set.of());
        assertThat(watch.watched()).as("reported just now").containsExactly(7L);
        watch.recheck(8, NONE);
        assertThat(watch.watched()).as("a recheck never starts a watch").containsExactly(7L);
        watch.retainOnly(Set.of(7L));
        assertThat(watch.current(Set.of(7L), Map.of(7L, version))).isTrue();
    }
}
