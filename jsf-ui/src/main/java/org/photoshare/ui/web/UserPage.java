package org.photoshare.ui.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.AccountStatus;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Profile;
import org.photoshare.ui.model.Slice;
import org.photoshare.ui.model.UserComment;
import org.photoshare.ui.model.UserVote;
import org.photoshare.ui.port.Accounts;
import org.photoshare.ui.port.Gallery;
import org.photoshare.ui.security.Viewer;

import java.util.List;
import java.util.Optional;

/**
 * A user's page ({@code ?id=&tab=photos|comments|votes&after=}; votes on one's own page only), and the
 * admin's disable/enable buttons.
 */
@Named("userPage")
@RequestScoped
public class UserPage {

    public static final List<String> TABS = List.of("photos", "comments", "votes");
    static final int PAGE_SIZE = 24;

    @Inject
    Accounts accounts;

    @Inject
    Gallery gallery;

    @Inject
    Viewer viewer;

    private String id;
    private String tab;
    private String after;
    private Optional<Profile> profile;
    private String problem;
    private Slice<PhotoCard> photos;
    private Slice<UserComment> comments;
    private Slice<UserVote> votes;
    private AccountStatus account;
    /** Set when the current tab's list could not be loaded. */
    private String listProblem;

    @PostConstruct
    void readParameters() {
        id = Faces.param("id").orElse(null);
        tab = Faces.param("tab").filter(TABS::contains).orElse("photos");
        if ("votes".equals(tab) && !isOwnPage()) {
            tab = "photos";
        }
        after = Faces.param("after").orElse(null);
    }

    public void open() {
        if (getProfile() == null) {
            Faces.status(problem == null ? 404 : 503);
        }
    }

    public Profile getProfile() {
        if (profile == null) {
            profile = Optional.empty();
            if (id != null) {
                try {
                    profile = Optional.of(accounts.profile(id));
                } catch (RuntimeException failure) {
                    if (!Failures.isRefusal(failure, 404)) {
                        problem = Failures.explain(failure);
                    }
                }
            }
        }
        return profile.orElse(null);
    }

    public String getProblem() {
        getProfile();
        return problem;
    }

    public String getId() {
        return id;
    }

    public String getTab() {
        return tab;
    }

    /** A user's votes are theirs alone: the votes tab is on their own page only. */
    public List<String> getTabs() {
        return isOwnPage() ? TABS : TABS.stream().filter(t -> !"votes".equals(t)).toList();
    }

    public boolean isOwnPage() {
        return viewer.is(id);
    }

    public Slice<PhotoCard> getPhotos() {
        if (photos == null) {
            photos = load(() -> gallery.photosOf(id, after, PAGE_SIZE));
        }
        return photos;
    }

    public Slice<UserComment> getComments() {
        if (comments == null) {
            comments = load(() -> gallery.commentsOf(id, after, PAGE_SIZE));
        }
        return comments;
    }

    public Slice<UserVote> getVotes() {
        if (votes == null) {
            votes = load(() -> gallery.votesOf(id, after, PAGE_SIZE));
        }
        return votes;
    }

    public String getListProblem() {
        return listProblem;
    }

    private <T> Slice<T> load(java.util.function.Supplier<Slice<T>> loader) {
        try {
            return loader.get();
        } catch (RuntimeException failure) {
            listProblem = Failures.explain(failure);
            return Slice.empty();
        }
    }

    public String getMoreLink() {
        String cursor = switch (tab) {
            case "comments" -> getComments().nextCursor();
            case "votes" -> getVotes().nextCursor();
            default -> getPhotos().nextCursor();
        };
        return cursor == null ? null : "/user?id=" + Faces.encode(id) + "&tab=" + tab + "&after=" + Faces.encode(cursor);
    }

    /** The admin's view of the account; null for everyone else or when auth-war cannot say. */
    public AccountStatus getAccount() {
        if (account == null && viewer.admin() && id != null) {
            try {
                account = accounts.accountStatus(id);
            } catch (RuntimeException failure) {
                return null;
            }
        }
        return account;
    }

    public void disable() {
        setDisabled(true);
    }

    public void enable() {
        setDisabled(false);
    }

    private void setDisabled(boolean disabled) {
        if (!viewer.admin()) {
            Faces.sendError(403);
            return;
        }
        if (Failures.attempt(() -> accounts.setDisabled(id, disabled))) {
            Faces.redirect("/user?id=" + Faces.encode(id));
        }
    }
}
