package org.photoshare.gateway.client;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartTest {

    @Test
    void fileNamesCannotBreakOutOfTheirHeader() {
        assertThat(Multipart.quoted("a\"b\r\nContent-Type: x.jpg")).isEqualTo("a_b__Content-Type: x.jpg");
        assertThat(Multipart.quoted(null)).isEqualTo("upload");
    }

    @Test
    void theBodyFramesATitleAndAFile() {
        Multipart multipart = new Multipart();
        String head = new String(multipart.head("title", "Été", "file", "a.jpg", "image/jpeg"), StandardCharsets.UTF_8);
        assertThat(multipart.contentType()).isEqualTo("multipart/form-data; boundary=" + multipart.boundary);
        assertThat(head).startsWith("--" + multipart.boundary + "\r\n")
                .contains("name=\"title\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nÉté\r\n")
                .endsWith("filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
        assertThat(new String(multipart.tail(), StandardCharsets.US_ASCII)).isEqualTo("\r\n--" + multipart.boundary + "--\r\n");
    }
}
