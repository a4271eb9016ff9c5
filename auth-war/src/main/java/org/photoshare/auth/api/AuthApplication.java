package org.photoshare.auth.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Photoshare auth", version = "0.1.0",
        description = "Credentials, sign-in, registration and account deletion; issues RS256 JWTs"))
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"user", "admin", "service"})
@ApplicationScoped
public class AuthApplication extends Application {
}
