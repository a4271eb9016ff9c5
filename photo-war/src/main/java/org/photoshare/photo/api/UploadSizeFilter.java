package org.photoshare.photo.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.photoshare.photo.domain.PhotoSettings;
import org.photoshare.platform.problem.ProblemException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps the upload's request body before the multipart reader buffers it: a declared length over
 * the cap is refused without reading a byte, and a body without one (chunked) is cut off as soon
 * as it passes the cap. The file part itself is then checked exactly against the file limit.
 */
@Provider
@UploadSizeLimit
public class UploadSizeFilter implements ContainerRequestFilter {

    @Inject
    PhotoSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        long cap = settings.maxRequestBytes();
        if (request.getLength() > cap) {
            throw tooLarge(cap);
        }
        request.setEntityStream(new CappedStream(request.getEntityStream(), cap));
    }

    private static ProblemException tooLarge(long cap) {
        return ProblemException.payloadTooLarge("The upload is larger than " + cap + " bytes.");
    }

    /** Throws the 413 problem itself, which the multipart reader lets through to the exception mapper. */
    private static final class CappedStream extends FilterInputStream {

        private final long cap;
        private long count;

        CappedStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > cap) {
                throw tooLarge(cap);
            }
        }
    }
}
