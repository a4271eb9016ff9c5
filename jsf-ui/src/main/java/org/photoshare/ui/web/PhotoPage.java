package org.photoshare.ui.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.CommentItem;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.Part;
import org.photoshare.ui.model.PhotoDetail;
import org.photoshare.ui.port.Gallery;
import org.photoshare.ui.security.Viewer;

import java.util.List;
import java.util.Optional;

/**
 * The photo page ({@code ?id=&comments=}): the photo, votes, comments, and the forms acting on them.
 * Every form repeats the photo id in a hidden field, so a post needs no server-side state.
 */
@Named("photoPage")
@RequestScoped
public class PhotoPage {

    static final int COMMENTS_PER_PAGE = 20;
    static final int MAX_COMMENT = 1000;

    @Inject
    Gallery gallery;

    @Inject
    Viewer viewer;

    private Long id;
    private String commentCursor;
    private Optional<PhotoDetail> detail;
    private String problem;
    private String commentText;

    @PostConstruct
    void readParameters() {
        id = Faces.longParam("id").orElse(null);
        commentCursor = Faces.param("comments").orElse(null);
    }

    /** On the first request: 404 for an unknown photo, 503 when photo-war is down. */
    public void open() {
        if (getDetail() == null) {
            Faces.status(problem == null ? 404 : 503);
        }
    }

    public Long getId() {
        return id;
    }

    public PhotoDetail getDetail() {
        if (detail == null) {
            detail = Optional.empty();
            if (id != null) {
                try {
                    detail = gallery.photo(id, commentCursor, COMMENTS_PER_PAGE);
                } catch (RuntimeException failure) {
                    if (!Failures.isRefusal(failure, 404) && !Failures.isRefusal(failure, 400)) {
                        problem = Failures.explain(failure);
                    }
                }
            }
        }
        return detail.orElse(null);
    }

    public PhotoCard getPhoto() {
        PhotoDetail shown = getDetail();
        return shown == null ? null : shown.photo();
    }

    /** The notes beside the photo; the comments' own section speaks for them. */
    public List<String> getSideNotes() {
        PhotoDetail shown = getDetail();
        return shown == null ? List.of() : shown.unavailable().stream()
                .filter(part -> !part.equals(Part.COMMENTS.key()) && !part.equals(Part.COMMENT_COUNTS.key()))
                .toList();
    }

    public String getProblem() {
        getDetail();
        return problem;
    }

    public boolean isOlderComments() {
        return commentCursor != null;
    }

    public String getMoreCommentsLink() {
        PhotoDetail shown = getDetail();
        if (shown == null || shown.comments() == null || shown.comments().nextCursor() == null) {
            return null;
        }
        return "/photo?id=" + id + "&comments=" + Faces.encode(shown.comments().nextCursor()) + "#comments";
    }

    public boolean canDeletePhoto() {
        PhotoDetail shown = getDetail();
        return shown != null && (viewer.admin() || viewer.is(shown.photo().owner().id()));
    }

    public boolean canDelete(CommentItem comment) {
        return viewer.admin() || viewer.is(comment.author().id());
    }

    public int getMaxComment() {
        return MAX_COMMENT;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    /** Up, or withdraw when the viewer's vote already is up. */
    public void pressUp() {
        press(1);
    }

    /** Down, or withdraw when the viewer's vote already is down. */
    public void pressDown() {
        press(-1);
    }

    private void press(int direction) {
        if (signedIn() && Failures.attempt(() -> gallery.vote(id, gallery.myVote(id) == direction ? 0 : direction))) {
            Faces.redirect(self() + "#votes");
        }
    }

    public void postComment() {
        if (!signedIn()) {
            return;
        }
        String text = commentText == null ? "" : commentText.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            Faces.fieldError("comment:text", "Write between 1 and " + MAX_COMMENT + " characters.");
            return;
        }
        if (Failures.attempt(() -> gallery.comment(id, text))) {
            Faces.redirect(self() + "#comments");
        }
    }

    public void deletePhoto() {
        if (signedIn() && Failures.attempt(() -> gallery.deletePhoto(id))) {
            Faces.redirect("/?notice=photo-deleted");
        }
    }

    /** The comment's id comes from the form's own hidden field, never from a row position. */
    public void deleteComment() {
        Optional<Long> commentId = Faces.longParam("commentId");
        if (signedIn() && commentId.isPresent() && Failures.attempt(() -> gallery.deleteComment(commentId.get()))) {
            Faces.redirect(self() + "#comments");
        }
    }

    public String getSignInLink() {
        return "/signin?back=" + Faces.encode(self());
    }

    private boolean signedIn() {
        if (id == null) {
            Faces.redirect("/");
            return false;
        }
        if (!viewer.signedIn()) {
            Faces.signInFirst(self());
            return false;
        }
        return true;
    }

    private String self() {
        return "/photo?id=" + id;
    }
}
