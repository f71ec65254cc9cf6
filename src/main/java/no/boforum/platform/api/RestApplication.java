package no.boforum.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Programs use Boforum through JSON under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
