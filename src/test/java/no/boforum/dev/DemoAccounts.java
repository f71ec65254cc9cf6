package no.boforum.dev;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.platform.text.Digests;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.EmbeddedMariaDb;

/**
 * One demo account per role, for the run command on its embedded database only. They are made
 * through the portal's own API (register, verify by the link in the queued mail, roles and
 * memberships by the demo administrator), never by writing to tables. The password is made once and
 * kept in {@code data/demo-password.txt}.
 */
final class DemoAccounts {
  static final String ADMIN = "demo-admin@boforum.test";
  private static final Pattern LINK = Pattern.compile("verify\\?token=([A-Za-z0-9_-]+)");

  /** An account: its address, name, global roles and membership of Bergen kommune. */
  record Demo(String email, String name, List<String> roles, String bergenRole, String what) {}

  static final List<Demo> ACCOUNTS =
      List.of(
          new Demo(ADMIN, "Ada Administrator", List.of("ADMINISTRATOR"), null, "administrator"),
          new Demo(
              "demo-moderator@boforum.test",
              "Mona Moderator",
              List.of("MODERATOR"),
              null,
              "moderator"),
          new Demo(
              "demo-host@boforum.test",
              "Hege Husbanken",
              List.of("EVENT_HOST"),
              null,
              "event host (Husbanken)"),
          new Demo(
              "demo-orgadmin@boforum.test",
              "Oda Orgadmin",
              List.of(),
              "admin",
              "admin of Bergen kommune"),
          new Demo(
              "demo-editor@boforum.test",
              "Erik Redaktør",
              List.of(),
              "editor",
              "editor of Bergen kommune"),
          new Demo(
              "demo-member@boforum.test",
              "Mari Medlem",
              List.of(),
              "member",
              "member of Bergen kommune"),
          new Demo(
              "demo-user@boforum.test",
              "Ulf Bruker",
              List.of(),
              null,
              "logged-in user, no organisation"));

  private DemoAccounts() {}

  static String password(Path data) throws IOException {
    Path file = data.resolve("demo-password.txt");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    String password = "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.createDirectories(data);
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    return password;
  }

  /**
   * Makes sure the demo accounts are there as {@link #ACCOUNTS} describes them. Returns the lines
   * to print.
   */
  static List<String> ensure(Path data, String base, String jdbcUrl, String password)
      throws SQLException, IOException {
    Path fingerprint = data.resolve("demo-accounts.sha256");
    Optional<String> now = state(jdbcUrl);
    if (now.isEmpty()
        || !Files.exists(fingerprint)
        || !Files.readString(fingerprint, StandardCharsets.UTF_8).strip().equals(now.get())) {
      setUp(base, jdbcUrl, password);
      now = state(jdbcUrl);
      if (now.isPresent()) {
        Files.writeString(fingerprint, now.get() + "\n", StandardCharsets.UTF_8);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("Demo accounts (password for all: " + password + "):");
    ACCOUNTS.forEach(d -> lines.add(String.format("  %-30s %s", d.email(), d.what())));
    return lines;
  }

  /**
   * Reads the accounts' state once in the background, its result unused, while Payara deploys: the
   * JDBC driver's classes are loaded then, not while the console waits for "ready".
   */
  static void warmUp(String jdbcUrl) {
    Thread t =
        new Thread(
            () -> {
              try {
                state(jdbcUrl);
              } catch (SQLException | RuntimeException e) {
                // the first start has no tables yet: ensure() finds that out again
              }
            },
            "boforum-demo-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The demo accounts as the database has them, read without a request to the portal: a SHA-256 of
   * each account's address and password hash, when every account exists, verified and not deleted,
   * with its roles and (where it has one) its Bergen membership; empty when one differs. The start
   * compares it with {@code data/demo-accounts.sha256}, written after the accounts were last set up
   * and logged in through the API with the password of {@code data/demo-password.txt}: when both
   * match, no login is needed to know that the password still works (the API's logins and checks
   * took about 3 s of the second start, the portal being cold).
   */
  static Optional<String> state(String jdbcUrl) throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    Map<String, List<String>> roles = new HashMap<>();
    Map<String, String> bergen = new HashMap<>();
    try (Connection c =
            DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT u.email, u.password_hash, r.role, (SELECT m.role FROM membership m"
                    + " JOIN organisation o ON o.id = m.organisation_id WHERE m.user_id = u.id"
                    + " AND o.slug = 'bergen-kommune' AND m.status = 'ACTIVE')"
                    + " FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id"
                    + " WHERE u.email LIKE 'demo-%@boforum.test' AND u.email_verified"
                    + " AND u.deleted_at IS NULL AND u.password_hash IS NOT NULL")) {
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String email = rs.getString(1);
          hashes.put(email, rs.getString(2));
          List<String> mine = roles.computeIfAbsent(email, e -> new ArrayList<>());
          if (rs.getString(3) != null) {
            mine.add(rs.getString(3));
          }
          if (rs.getString(4) != null) {
            bergen.put(email, rs.getString(4));
          }
        }
      }
    }
    for (Demo d : ACCOUNTS) {
      if (!hashes.containsKey(d.email())
          || !new HashSet<>(roles.get(d.email())).equals(new HashSet<>(d.roles()))
          || (d.bergenRole() != null && !d.bergenRole().equalsIgnoreCase(bergen.get(d.email())))) {
        return Optional.empty();
      }
    }
    StringBuilder accounts = new StringBuilder();
    for (Demo d : ACCOUNTS) {
      accounts.append(d.email()).append('|').append(hashes.get(d.email())).append('\n');
    }
    return Optional.of(Digests.sha256(accounts.toString()));
  }

  /**
   * Creates the accounts that do not exist yet and sets roles and memberships where they differ,
   * through the portal's API; one administrator login does all the checking.
   */
  private static void setUp(String base, String jdbcUrl, String password) throws SQLException {
    if (ApiSession.at(base).login(ADMIN, password).status() != 200) {
      register(base, jdbcUrl, password, ACCOUNTS.get(0));
    }
    ApiSession admin = ApiSession.loggedIn(base, ADMIN, password);
    Map<String, JsonNode> users = users(admin);
    for (Demo d : ACCOUNTS.subList(1, ACCOUNTS.size())) {
      if (!users.containsKey(d.email())) {
        register(base, jdbcUrl, password, d);
        users = users(admin);
      }
      JsonNode user = users.get(d.email());
      long id = user.path("id").asLong();
      List<String> roles = new ArrayList<>();
      user.path("roles").forEach(r -> roles.add(r.asText()));
      if (!new HashSet<>(roles).equals(new HashSet<>(d.roles()))) {
        expectOk(
            admin.put("api/admin/users/" + id + "/roles", Map.of("roles", d.roles())), d.email());
      }
      if (d.bergenRole() != null && !d.bergenRole().equalsIgnoreCase(bergenRole(admin, id))) {
        expectOk(
            admin.post(
                "api/admin/organisations/bergen-kommune/members",
                Map.of("userId", id, "role", d.bergenRole())),
            d.email());
      }
    }
  }

  private static Map<String, JsonNode> users(ApiSession admin) {
    Map<String, JsonNode> byEmail = new HashMap<>();
    admin
        .get("api/admin/users?q=demo-&size=100")
        .json()
        .path("items")
        .forEach(u -> byEmail.put(u.path("email").asText(), u));
    return byEmail;
  }

  private static String bergenRole(ApiSession admin, long userId) {
    for (JsonNode m : admin.get("api/organisations/bergen-kommune/members").json()) {
      if (m.path("userId").asLong() == userId) {
        return m.path("role").asText();
      }
    }
    return null;
  }

  private static void register(String base, String jdbcUrl, String password, Demo d)
      throws SQLException {
    Answer r =
        ApiSession.at(base)
            .post(
                "api/accounts",
                Map.of(
                    "email",
                    d.email(),
                    "displayName",
                    d.name(),
                    "password",
                    password,
                    "language",
                    "nb"));
    if (r.status() != 202) {
      throw new IllegalStateException("Could not register " + d.email() + ": " + r.raw().body());
    }
    Answer v =
        ApiSession.at(base)
            .post(
                "api/accounts/verification",
                Map.of("token", token(jdbcUrl, d.email()), "password", password));
    if (v.status() != 200) {
      throw new IllegalStateException("Could not verify " + d.email() + ": " + v.raw().body());
    }
  }

  private static void expectOk(Answer a, String email) {
    if (a.status() != 200) {
      throw new IllegalStateException("Could not set up " + email + ": " + a.raw().body());
    }
  }

  private static String token(String jdbcUrl, String email) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT body FROM mail_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          Matcher m = LINK.matcher(rs.getString(1));
          if (m.find()) {
            return m.group(1);
          }
        }
      }
    }
    throw new IllegalStateException("No verification mail for " + email);
  }
}
