package org.photoshare.comment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"photoId", "count"})
public record CommentCountView(long photoId, long count) {
}
