package org.photoshare.comment.api;

public class NewComment {

    @ValidCommentText
    public String text;
}
