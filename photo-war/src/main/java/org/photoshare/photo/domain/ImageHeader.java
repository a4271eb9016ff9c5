package org.photoshare.photo.domain;

/** What the image endpoint needs before deciding to send the bytes: type, strong validator, length. */
public record ImageHeader(String mediaType, String contentHash, int byteCount) {
}
