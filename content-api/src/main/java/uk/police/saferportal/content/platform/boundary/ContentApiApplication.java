package uk.police.saferportal.content.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The content API lives under {@code /api/v1}: the WAR's context root is {@code /api}. */
@ApplicationPath("v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Safer Portal content API",
            version = "1",
            description =
                "Headless CMS for crime-prevention content. Public reads show published content"
                    + " only; staff endpoints under /admin need a bearer token from /auth/token."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "Staff token from POST /api/v1/auth/token")
public class ContentApiApplication extends Application {
  /** Jersey's WADL description is off: the OpenAPI document describes the API, for everyone. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.wadl.disableWadl",
        true,
        // an error status without a body stays without one: not the container's HTML error page
        "jersey.config.servlet.response.setStatusOverSendError",
        true);
  }
}
