package no.boforum.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Programs use Boforum through JSON under {@code /api}; the OpenAPI document is at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Boforum API",
            version = "1",
            description =
                "Open data from Boforum: practices in social housing work (boligsosialt arbeid)"
                    + " and search across them, in bokmål and nynorsk."))
public class RestApplication extends Application {}
