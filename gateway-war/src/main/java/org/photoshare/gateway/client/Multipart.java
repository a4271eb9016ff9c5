package org.photoshare.gateway.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The text around the parts of a multipart/form-data body: one text field, then one file. */
final class Multipart {

    private static final SecureRandom RANDOM = new SecureRandom();

    final String boundary;

    Multipart() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        boundary = "photoshare-" + HexFormat.of().formatHex(random);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Everything before the file's bytes: the text field and the file part's headers. */
    byte[] head(String fieldName, String fieldValue, String fileField, String fileName, String fileType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"" + fieldName + "\"\r\n");
        write(out, "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
        write(out, fieldValue + "\r\n");
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + quoted(fileName) + "\"\r\n");
        write(out, "Content-Type: " + (fileType == null || fileType.isBlank() ? "application/octet-stream" : fileType) + "\r\n\r\n");
        return out.toByteArray();
    }

    byte[] tail() {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A file name as a quoted-string: no quotes, backslashes or line breaks can escape it. */
    static String quoted(String name) {
        String plain = name == null || name.isBlank() ? "upload" : name;
        return plain.replaceAll("[\"\\\\\\r\\n]", "_");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
