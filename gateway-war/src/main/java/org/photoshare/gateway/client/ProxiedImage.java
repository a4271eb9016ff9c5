package org.photoshare.gateway.client;

import java.io.InputStream;
import java.util.Map;

/** Image bytes on their way from photo-war to the browser, with the headers worth keeping. */
public record ProxiedImage(int status, Map<String, String> headers, InputStream body) {
}
