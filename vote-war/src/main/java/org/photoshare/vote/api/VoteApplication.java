package org.photoshare.vote.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Photoshare vote", version = "0.1.0",
        description = "One vote per user per photo, exact counts, the hot and trending orderings"))
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"user", "admin", "service"})
@ApplicationScoped
public class VoteApplication extends Application {
}
