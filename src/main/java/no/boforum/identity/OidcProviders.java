package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The OpenID Connect providers people may log in with (ID-porten, Entra ID, ...), from settings:
 * {@code boforum.oidc.providers=idporten} names them, and for each {@code
 * boforum.oidc.<id>.issuer}, {@code .client-id}, {@code .client-secret}, {@code .label}, {@code
 * .client-auth} ({@code basic} or {@code post}) and {@code .trust-email} (accept the provider's
 * email claim as verified when it sends no {@code email_verified}: only for a provider whose
 * addresses are the organisation's own, such as an Entra ID tenant).
 */
@ApplicationScoped
public class OidcProviders {
  /** One configured provider. */
  public record Provider(
      String id,
      String label,
      String issuer,
      String clientId,
      String clientSecret,
      boolean secretInBody,
      boolean trustEmail) {}

  @Inject Config config;

  public List<Provider> all() {
    return config.getOptionalValue("boforum.oidc.providers", String.class).stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .map(String::strip)
        .filter(id -> id.matches("[a-z0-9-]+"))
        .map(this::find)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The provider with this id, if it is configured completely. */
  public Optional<Provider> find(String id) {
    String prefix = "boforum.oidc." + id + ".";
    Optional<String> issuer = config.getOptionalValue(prefix + "issuer", String.class);
    Optional<String> clientId = config.getOptionalValue(prefix + "client-id", String.class);
    if (issuer.isEmpty() || clientId.isEmpty() || !listed(id)) {
      return Optional.empty();
    }
    return Optional.of(
        new Provider(
            id,
            config.getOptionalValue(prefix + "label", String.class).orElse(id),
            issuer.get(),
            clientId.get(),
            config.getOptionalValue(prefix + "client-secret", String.class).orElse(""),
            "post"
                .equals(
                    config.getOptionalValue(prefix + "client-auth", String.class).orElse("basic")),
            config.getOptionalValue(prefix + "trust-email", Boolean.class).orElse(false)));
  }

  private boolean listed(String id) {
    return config.getOptionalValue("boforum.oidc.providers", String.class).stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .anyMatch(listed -> listed.strip().equals(id));
  }
}
