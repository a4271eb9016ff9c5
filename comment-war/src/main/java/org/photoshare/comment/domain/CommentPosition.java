package org.photoshare.comment.domain;

import org.photoshare.platform.paging.Cursor;

import java.time.Instant;

/** Where a page of comments (newest first) ends: the creation time and id of its last comment. */
public record CommentPosition(Instant createdAt, long id) {

    public static CommentPosition after(Comment last) {
        return new CommentPosition(last.createdAt(), last.id());
    }

    public String encode() {
        return Cursor.encode(createdAt.toEpochMilli(), id);
    }

    public static CommentPosition decode(String cursor) {
        return Cursor.decode(cursor, 2, keys -> new CommentPosition(Instant.ofEpochMilli(Long.parseLong(keys.get(0))),
                Long.parseLong(keys.get(1))));
    }
}
