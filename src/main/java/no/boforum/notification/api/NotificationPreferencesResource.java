package no.boforum.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import no.boforum.identity.Authorization;
import no.boforum.notification.NotificationAction;
import no.boforum.notification.NotificationSettings;
import no.boforum.notification.NotificationSettings.Settings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** How the logged-in person hears of each kind of notification, and when digests go. */
@Path("me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NotificationPreferencesResource {
  @Inject Authorization authorization;
  @Inject NotificationSettings settings;

  @GET
  @Operation(
      summary = "My deliveries by kind (IMMEDIATE, DAILY, WEEKLY, PORTAL, OFF) and digest time",
      description =
          "digestHour is the hour (0-23, Europe/Oslo) of the daily digest and of the weekly one,"
              + " digestDay the weekly digest's day (MONDAY ... SUNDAY).")
  public Settings get() {
    return settings.of(me());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change deliveries or the digest time; what is left out stays as it is")
  @APIResponse(responseCode = "400", description = "an unknown kind, delivery, hour or day")
  public Settings put(Settings change) {
    long me = me();
    Settings c = change == null ? new Settings(new LinkedHashMap<>(), null, null) : change;
    settings.change(
        me, c.deliveries() == null ? Map.of() : c.deliveries(), c.digestHour(), c.digestDay());
    return settings.of(me);
  }

  private long me() {
    return authorization.require(NotificationAction.READ_OWN).userId();
  }
}
