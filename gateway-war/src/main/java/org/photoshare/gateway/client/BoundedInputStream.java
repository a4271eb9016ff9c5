package org.photoshare.gateway.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops an upload at the limit (even one without a declared length) instead of streaming on. */
public final class BoundedInputStream extends FilterInputStream {

    /** Read past the limit; the upload is refused with 413. */
    static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("The upload is larger than allowed");
        }
    }

    private final long limit;
    private long read;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws LimitExceeded {
        read += n;
        if (read > limit) {
            throw new LimitExceeded();
        }
    }
}
