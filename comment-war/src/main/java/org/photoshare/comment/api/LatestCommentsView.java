package org.photoshare.comment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** The latest few comments of one photo, newest first. */
@JsonbPropertyOrder({"photoId", "comments"})
public record LatestCommentsView(long photoId, List<CommentView> comments) {
}
