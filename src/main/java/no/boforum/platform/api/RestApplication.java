package no.boforum.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * Programs use Boforum through JSON under {@code /api}; the OpenAPI document is at /openapi. Its
 * licence is fixed here; its contact is the configured publisher of the open data, filled in by
 * {@code opendata.catalog.OpenApiPublisher} (decision 0023).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Boforum API",
            version = "1",
            description =
                "Open data from Boforum: practices in social housing work (boligsosialt arbeid)"
                    + " and search across them, in bokmål and nynorsk. The content is licensed"
                    + " under CC BY 4.0: credit \"Boforum and the organisation that published"
                    + " it\". Personal data shown on the pages (an event's contact person, the names"
                    + " people post under) is not covered by the licence. Every public list takes"
                    + " changedSince and answers Last-Modified (and 304 to If-Modified-Since), so"
                    + " that a harvester fetches only what changed; the datasets are described"
                    + " in DCAT-AP-NO at /open-data/catalog.",
            license =
                @License(name = "CC BY 4.0", url = "https://creativecommons.org/licenses/by/4.0/")))
public class RestApplication extends Application {}
