package org.photoshare.ui.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.photoshare.ui.model.DatabaseNode;
import org.photoshare.ui.model.ServiceStatus;
import org.photoshare.ui.port.Accounts;
import org.photoshare.ui.port.DatabaseNodes;
import org.photoshare.ui.port.Gallery;
import org.photoshare.ui.port.Operations;
import org.photoshare.ui.security.Viewer;

import java.util.List;
import java.util.Optional;

/**
 * The admin console (group admin): the services' readiness and versions, the database nodes (from the
 * Galera/etcd work), and moderation by id. Photo, comment and user pages also offer the same actions inline.
 * The role is checked before every rendering, form posts included ({@link #open} listens to
 * preRenderView), and again by everything that reads or changes something.
 */
@Named("adminPage")
@RequestScoped
public class AdminPage {

    static final String FOR_ADMINS = "This page is for administrators only. Your account is not one.";

    @Inject
    Operations operations;

    @Inject
    DatabaseNodes databaseNodes;

    @Inject
    Gallery gallery;

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    private List<ServiceStatus> services;
    private Optional<List<DatabaseNode>> nodes;
    private Long photoId;
    private Long commentId;
    private String userId;

    public void open() {
        if (!viewer.signedIn()) {
            Faces.signInFirst("/admin");
        } else if (!viewer.admin()) {
            Faces.sendError(403, FOR_ADMINS);
        }
    }

    public List<ServiceStatus> getServices() {
        if (!viewer.admin()) {
            return List.of();
        }
        if (services == null) {
            services = operations.services();
        }
        return services;
    }

    /** Null when the nodes cannot be read (etcd not configured or not answering). */
    public List<DatabaseNode> getNodes() {
        if (!viewer.admin()) {
            return List.of();
        }
        if (nodes == null) {
            nodes = databaseNodes.nodes();
        }
        return nodes.orElse(null);
    }

    public void removePhoto() {
        moderate(() -> gallery.deletePhoto(photoId), "Photo " + photoId + " was removed.");
    }

    public void removeComment() {
        moderate(() -> gallery.deleteComment(commentId), "Comment " + commentId + " was removed.");
    }

    public void disableUser() {
        moderate(() -> accounts.setDisabled(userId.trim(), true), "The account was disabled.");
    }

    public void enableUser() {
        moderate(() -> accounts.setDisabled(userId.trim(), false), "The account was enabled again.");
    }

    private void moderate(Runnable action, String done) {
        if (!viewer.admin()) {
            Faces.sendError(403, FOR_ADMINS);
            return;
        }
        if (Failures.attempt(action)) {
            Faces.info(done);
        }
    }

    public Long getPhotoId() {
        return photoId;
    }

    public void setPhotoId(Long photoId) {
        this.photoId = photoId;
    }

    public Long getCommentId() {
        return commentId;
    }

    public void setCommentId(Long commentId) {
        this.commentId = commentId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }
}
