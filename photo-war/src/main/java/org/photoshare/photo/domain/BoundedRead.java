package org.photoshare.photo.domain;

import org.photoshare.platform.problem.ProblemException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an upload into memory, but never more than the limit: one byte over is a 413. */
public final class BoundedRead {

    private static final int CHUNK = 64 * 1024;

    private BoundedRead() {
    }

    public static byte[] readAtMost(InputStream input, long limit, String what) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(CHUNK);
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int read;
        while ((read = input.read(chunk, 0, (int) Math.min(CHUNK, limit + 1 - total))) > 0) {
            total += read;
            if (total > limit) {
                throw ProblemException.payloadTooLarge(what + " is larger than " + limit + " bytes.");
            }
            bytes.write(chunk, 0, read);
        }
        return bytes.toByteArray();
    }
}
