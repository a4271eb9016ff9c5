package org.photoshare.gateway.compose;

import org.junit.jupiter.api.Test;
import org.photoshare.gateway.wire.RemoteCounts;
import org.photoshare.gateway.wire.RemotePhoto;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExtrasTest {

    private static final RemotePhoto PHOTO = new RemotePhoto(7, "Sunset", "u1", Instant.parse("2026-11-21T10:00:00Z"), 800, 600);
    private static final Profile OWNER = new Profile("u1", "alice", "Alice", null, null, Instant.EPOCH);

    @Test
    void everyPartPresentMakesAFullCard() {
        Extras extras = new Extras(Optional.of(Map.of("u1", OWNER)), Optional.of(Map.of(7L, new RemoteCounts(7, 3, 1))),
                Optional.of(Map.of(7L, 2L)));
        PhotoCard card = extras.card(PHOTO);
        assertThat(card.owner().username()).isEqualTo("alice");
        assertThat(card.upvotes()).isEqualTo(3);
        assertThat(card.downvotes()).isEqualTo(1);
        assertThat(card.commentCount()).isEqualTo(2);
        assertThat(card.myVote()).as("the same card for everyone").isNull();
        assertThat(card.images().thumb()).isEqualTo("/api/photos/7/image?variant=thumb");
        assertThat(extras.unavailable()).isEmpty();
    }

    @Test
    void aPhotoTheOtherServicesDoNotKnowYetHasZeroes() {
        Extras extras = new Extras(Optional.of(Map.of()), Optional.of(Map.of()), Optional.of(Map.of()));
        PhotoCard card = extras.card(PHOTO);
        assertThat(List.of(card.upvotes(), card.downvotes(), card.commentCount())).containsOnly(0L);
        assertThat(card.owner().id()).isEqualTo("u1");
        assertThat(card.owner().username()).isNull();
    }

    @Test
    void aServiceThatDidNotAnswerLeavesItsPartOutAndSaysSo() {
        Extras extras = new Extras(Optional.of(Map.of("u1", OWNER)), Optional.of(Map.of()), Optional.empty());
        PhotoCard card = extras.card(PHOTO);
        assertThat(card.commentCount()).isNull();
        assertThat(extras.unavailable()).containsExactly("commentCounts");
    }
}
