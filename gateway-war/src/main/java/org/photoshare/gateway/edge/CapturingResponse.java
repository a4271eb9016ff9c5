package org.photoshare.gateway.edge;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Passes an answer on to the client as it is written and keeps a copy of it, up to a limit, with its
 * status and the headers that describe it, so that it can be stored if it turns out to be shareable:
 * a 200, no cookie set, no larger than the limit.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;
    private boolean setsCookie;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The answer to store, or null when it may not be shared. */
    StoredAnswer storable(Set<Long> photos, Map<Long, Long> versions) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (getStatus() != 200 || overflowed || setsCookie || getContentType() == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredAnswer.KEPT_HEADERS) {
            String value = getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredAnswer(getContentType(), Map.copyOf(headers), copy.toByteArray(), Set.copyOf(photos),
                Map.copyOf(versions));
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "set-cookie".equals(name.toLowerCase(Locale.ROOT));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "set-cookie".equals(name.toLowerCase(Locale.ROOT));
        super.addHeader(name, value);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        copy.reset();
    }

    @Override
    public void reset() {
        super.reset();
        copy.reset();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (overflowed) {
            return;
        }
        if (copy.size() + length > limit) {
            overflowed = true;
            copy.reset();
            return;
        }
        copy.write(bytes, offset, length);
    }

    /** The client's stream, copied. */
    private final class Tee extends ServletOutputStream {

        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
