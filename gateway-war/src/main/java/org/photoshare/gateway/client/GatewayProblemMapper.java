package org.photoshare.gateway.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.photoshare.platform.client.RemoteProblem;
import org.photoshare.platform.client.RemoteProblemMapper;

/** The platform's mapping of error responses, keeping a 429's Retry-After for the gateway's own answer. */
public class GatewayProblemMapper extends RemoteProblemMapper {

    @Override
    public RemoteProblem toThrowable(Response response) {
        RemoteProblem problem = super.toThrowable(response);
        if (response.getStatus() == 429) {
            return new ThrottledRefusal(problem.detail(), response.getHeaderString(HttpHeaders.RETRY_AFTER));
        }
        return problem;
    }
}
