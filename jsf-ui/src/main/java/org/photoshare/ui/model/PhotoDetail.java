package org.photoshare.ui.model;

import java.util.List;

/** The photo page: the photo and its first page of comments ({@code comments} null when unavailable). */
public record PhotoDetail(PhotoCard photo, Slice<CommentItem> comments, List<String> unavailable) {

    public PhotoDetail {
        unavailable = List.copyOf(unavailable);
    }
}
