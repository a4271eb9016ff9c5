package org.photoshare.gateway.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The public REST API under {@code /api} (the web pages share the context root). Callers authenticate
 * with {@code Authorization: Bearer}, verified by the gateway's IdentityFilter and forwarded downstream.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Photoshare", version = GatewayApplication.VERSION,
        description = "The public API of Photoshare: accounts, timelines, photos, votes and comments. "
                + "Errors are RFC 9457 application/problem+json. Send the token of POST /api/auth/login "
                + "or POST /api/users as Authorization: Bearer."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@ApplicationScoped
public class GatewayApplication extends Application {

    public static final String VERSION = "0.1.0";
}
