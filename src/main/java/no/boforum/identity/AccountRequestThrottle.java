package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits registrations and password-reset requests, each kind on its own: at most {@link
 * #PER_EMAIL} for one email address and {@code boforum.account-requests.per-client} from one client
 * address within {@link #WINDOW}. Every request counts, whether or not the address has an account,
 * so being refused tells nothing about membership. Counted in the database, like {@link
 * LoginThrottle}, so every instance agrees. Client addresses listed in {@code
 * boforum.account-requests.unlimited-clients} (none by default) are not limited per client: the
 * test suite registers all its people from one address.
 */
@ApplicationScoped
public class AccountRequestThrottle {
  static final int PER_EMAIL = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** What is asked for: a new account, or a link to set a new password. */
  public enum Kind {
    REGISTER,
    RESET
  }

  @PersistenceContext EntityManager em;

  @Inject AccountRequestLedger ledger;

  @Inject
  @ConfigProperty(name = "boforum.account-requests.per-client", defaultValue = "20")
  int perClient;

  @Inject
  @ConfigProperty(name = "boforum.account-requests.unlimited-clients")
  Optional<String> unlimitedClients;

  Clock clock = Clock.systemUTC();

  /**
   * Counts this request, or refuses it with how long to wait. The count and the record are
   * committed at once in their own transaction ({@link AccountRequestLedger}), so parallel requests
   * cannot all pass the same count while the caller hashes a password.
   *
   * @throws TooManyAccountRequests if the email or the client address had its share
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void admit(Kind kind, String email, String address) {
    LocalDateTime now = LocalDateTime.now(clock);
    String client = clientKey(address);
    List<AccountRequestLedger.Limit> limits = new ArrayList<>();
    limits.add(new AccountRequestLedger.Limit("email", email.toLowerCase(Locale.ROOT), PER_EMAIL));
    if (!isUnlimited(address)) {
      limits.add(new AccountRequestLedger.Limit("address", client, perClient));
    }
    Duration wait =
        ledger.record(kind, email.toLowerCase(Locale.ROOT), client, limits, now, WINDOW);
    em.createNativeQuery("DELETE FROM account_request WHERE requested_at < ?")
        .setParameter(1, now.minus(WINDOW))
        .executeUpdate();
    if (wait != null) {
      throw new TooManyAccountRequests(wait);
    }
  }

  /**
   * Makes requests of this kind for one email address take turns until the caller's transaction
   * ends: two first registrations for an address at once would otherwise both find no account and
   * both insert one, and the second fail on the unique address.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void takeTurn(Kind kind, String email) {
    em.createNativeQuery(
            "INSERT INTO account_request_key (kind, subject) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE subject = subject")
        .setParameter(1, kind.name())
        .setParameter(2, "turn:" + email.toLowerCase(Locale.ROOT))
        .executeUpdate();
  }

  /**
   * The client as counted: an IPv4 address as it is, an IPv6 address by its /64 network, since one
   * household or server is given a whole /64 and could otherwise change address at every request.
   */
  static String clientKey(String address) {
    // Only a literal is parsed: anything else could make InetAddress ask the DNS.
    if (address == null || !address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      Arrays.fill(bytes, 8, 16, (byte) 0);
      return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private boolean isUnlimited(String address) {
    return unlimitedClients.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .anyMatch(client -> client.strip().equals(address));
  }
}
