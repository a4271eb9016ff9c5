package org.photoshare.vote.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.photoshare.vote.domain.VoteService;

import java.time.LocalDate;
import java.util.List;

/** A page of the hot timeline, with the day it lists (in the configured zone). */
@JsonbPropertyOrder({"day", "items", "nextCursor"})
public record HotPage(LocalDate day, List<TimelineEntry> items, String nextCursor) {

    static HotPage of(VoteService.HotTimeline timeline) {
        return new HotPage(timeline.day(), timeline.page().items().stream().map(TimelineEntry::of).toList(),
                timeline.page().nextCursor());
    }
}
