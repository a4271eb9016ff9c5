package org.photoshare.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * While the service is being stopped, every answer closes its connection. On SIGTERM the container's
 * entrypoint creates the file {@code photoshare.drain-marker} names and waits a few seconds before it
 * stops Payara Micro. The swarm already sends new connections to the replacement task, but the other
 * services' REST clients keep theirs alive; told to close them, they open new ones instead of reaching
 * this server while it undeploys the application, when it would answer 404 to everything.
 * Without the setting (the local launcher) nothing is checked.
 */
public class DrainingFilter extends HttpFilter {

    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private Path marker;
    private volatile boolean draining;
    private volatile long checkedAt;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        marker = ConfigProvider.getConfig().getOptionalValue("photoshare.drain-marker", String.class)
                .filter(path -> !path.isBlank()).map(Path::of).orElse(null);
        checkedAt = System.nanoTime() - RECHECK_NANOS;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (draining()) {
            response.setHeader("Connection", "close");
        }
        chain.doFilter(request, response);
    }

    /** Looks for the marker at most every 250 ms; once draining, always draining. */
    private boolean draining() {
        if (marker == null || draining) {
            return draining;
        }
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK_NANOS) {
            checkedAt = now;
            draining = Files.exists(marker);
        }
        return draining;
    }
}
