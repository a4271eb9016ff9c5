package org.photoshare.ui.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Slice;
import org.photoshare.ui.model.Timeline;
import org.photoshare.ui.port.Gallery;

import java.util.List;

/** The home page: one of the three timelines as a grid, a page at a time ({@code ?tab=&after=}). */
@Named("home")
@RequestScoped
public class HomePage {

    static final int PAGE_SIZE = 24;

    @Inject
    Gallery gallery;

    private Timeline timeline;
    private String after;
    private Slice<PhotoCard> page;
    private String problem;

    @PostConstruct
    void readParameters() {
        timeline = Faces.param("tab").flatMap(Timeline::parse).orElse(Timeline.NEWEST);
        after = Faces.param("after").orElse(null);
    }

    public Timeline getTimeline() {
        return timeline;
    }

    public List<Timeline> getTimelines() {
        return List.of(Timeline.values());
    }

    public boolean isFirstPage() {
        return after == null;
    }

    public Slice<PhotoCard> getPage() {
        if (page == null) {
            try {
                page = gallery.timeline(timeline, after, PAGE_SIZE);
            } catch (RuntimeException failure) {
                problem = Failures.explain(failure);
                page = Slice.empty();
                if (Failures.isRefusal(failure, 400)) {
                    problem = "This page of the timeline does not exist. Start again from the first page.";
                } else {
                    Faces.status(503);
                }
            }
        }
        return page;
    }

    /** What stopped the timeline from showing, or null. */
    public String getProblem() {
        getPage();
        return problem;
    }

    public String getMoreLink() {
        String cursor = getPage().nextCursor();
        return cursor == null ? null : "/?tab=" + timeline.key() + "&after=" + Faces.encode(cursor);
    }

    public String emptyText() {
        return switch (timeline) {
            case HOT -> "No photos today yet. Upload one and it will be the hottest!";
            default -> "No photos yet. Be the first to upload one!";
        };
    }
}
