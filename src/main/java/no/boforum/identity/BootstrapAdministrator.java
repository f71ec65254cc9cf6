package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's first administrator, named in the configuration: there is nobody to appoint them.
 */
@ApplicationScoped
public class BootstrapAdministrator {
  @Inject AuditLog audit;

  /** The account that becomes administrator when it verifies its email: the first admin. */
  @Inject
  @ConfigProperty(name = "boforum.bootstrap.admin-email")
  Optional<String> bootstrapAdmin;

  /**
   * The configured first administrator becomes administrator once the address's owner has shown
   * both the mailbox and a password of their own (verification, a password reset, or a provider's
   * verified email).
   */
  public void grant(UserAccount user, String address) {
    if (bootstrapAdmin.filter(a -> a.strip().equalsIgnoreCase(user.getEmail())).isPresent()
        && !user.getRoles().contains(GlobalRole.ADMINISTRATOR)) {
      Set<GlobalRole> roles = user.getRoles();
      roles.add(GlobalRole.ADMINISTRATOR);
      user.setRoles(roles);
      audit.record(
          AuditEvent.Type.ROLES_CHANGED,
          null,
          user.getId(),
          null,
          address,
          "bootstrap administrator");
    }
  }
}
