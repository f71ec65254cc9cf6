package no.boforum.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider (NAV's mock-oauth2-server: discovery, keys, code flow, signed ID
 * tokens) on 127.0.0.1, known to the portal as the provider {@value #ID}. Tests say who logs in
 * next with {@link #nextLogin}.
 */
public final class OidcProvider implements AutoCloseable {
  public static final String ID = "test";
  public static final String CLIENT_ID = "boforum";
  public static final String CLIENT_SECRET = "test-secret";
  private final MockOAuth2Server server;

  private OidcProvider(MockOAuth2Server server) {
    this.server = server;
  }

  public static OidcProvider start(int port) throws IOException {
    MockOAuth2Server server = new MockOAuth2Server();
    server.start(InetAddress.getByName("127.0.0.1"), port);
    return new OidcProvider(server);
  }

  public String issuer() {
    return server.issuerUrl(ID).toString();
  }

  /** The ID token of the next login will name this subject and carry these claims. */
  public void nextLogin(String subject, Map<String, Object> claims) {
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
