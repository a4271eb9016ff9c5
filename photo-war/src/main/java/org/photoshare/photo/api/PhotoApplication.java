package org.photoshare.photo.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Photoshare photo", version = "0.1.0",
        description = "Uploads, image variants, photo metadata and the newest timeline"))
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"user", "admin", "service"})
@ApplicationScoped
public class PhotoApplication extends Application {
}
