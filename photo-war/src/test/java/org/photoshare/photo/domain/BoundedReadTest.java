package org.photoshare.photo.domain;

import org.junit.jupiter.api.Test;
import org.photoshare.platform.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedReadTest {

    @Test
    void readsUpToTheLimitExactly() throws Exception {
        byte[] exact = new byte[200_000];
        exact[199_999] = 7;
        assertThat(BoundedRead.readAtMost(new ByteArrayInputStream(exact), 200_000, "The file")).isEqualTo(exact);
        assertThat(BoundedRead.readAtMost(new ByteArrayInputStream(new byte[0]), 10, "The file")).isEmpty();
    }

    @Test
    void oneByteOverIsRefusedWithoutReadingTheRest() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> BoundedRead.readAtMost(endless, 100_000, "The file"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(413));
        assertThat(endless.delivered).isEqualTo(100_001);
    }

    /** An endless stream that counts what was taken from it. */
    private static final class CountingStream extends InputStream {

        long delivered;

        @Override
        public int read() {
            delivered++;
            return 1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            delivered += length;
            return length;
        }
    }
}
