package org.photoshare.ui.port;

import org.photoshare.ui.model.CommentItem;
import org.photoshare.ui.model.NewUpload;
import org.photoshare.ui.model.PhotoCard;
import org.photoshare.ui.model.PhotoDetail;
import org.photoshare.ui.model.Slice;
import org.photoshare.ui.model.Timeline;
import org.photoshare.ui.model.UserComment;
import org.photoshare.ui.model.UserVote;
import org.photoshare.ui.model.VoteCounts;

import java.util.Optional;

/**
 * Photos, votes and comments as the front end and the public API use them, composed from
 * photo-war, vote-war, comment-war and profile-war (implemented by gateway-war). Calls act for the
 * viewer of the current request. A refusal of a service arrives as
 * {@link org.photoshare.platform.client.RemoteRefusal} with its status and detail; a service that is
 * needed and down as {@link Unavailable}; a service whose part can be left out degrades the answer
 * (see {@link Slice#unavailable()}).
 */
public interface Gallery {

    Slice<PhotoCard> timeline(Timeline timeline, String cursor, int limit);

    Slice<PhotoCard> photosOf(String userId, String cursor, int limit);

    /** @return empty when there is no such photo */
    Optional<PhotoDetail> photo(long photoId, String commentCursor, int commentLimit);

    Slice<CommentItem> comments(long photoId, String cursor, int limit);

    Slice<UserComment> commentsOf(String userId, String cursor, int limit);

    Slice<UserVote> votesOf(String userId, String cursor, int limit);

    PhotoCard upload(NewUpload upload);

    void deletePhoto(long photoId);

    /** @param value 1 (up), -1 (down) or 0 (withdraw) */
    VoteCounts vote(long photoId, int value);

    /** The viewer's current vote on a photo: 1, -1 or 0. */
    int myVote(long photoId);

    CommentItem comment(long photoId, String text);

    void deleteComment(long commentId);
}
