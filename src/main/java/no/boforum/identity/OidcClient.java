package no.boforum.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.identity.OidcProviders.Provider;
import no.boforum.platform.InputProblem;

/**
 * The authorization code flow with PKCE against an OpenID Connect provider, with the Nimbus SDK:
 * discovery, the redirect, the code exchange and the ID token's validation (signature from the
 * provider's keys, issuer, audience, expiry, nonce). Failures become an {@link InputProblem} whose
 * key the login page shows.
 */
@ApplicationScoped
public class OidcClient {
  private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
  private static final int TIMEOUT_MS = 5_000;

  /** What the login remembers between the redirect and the callback (in the session). */
  public record Pending(
      String providerId, String state, String nonce, String verifier, String next, Long linkUserId)
      implements Serializable {}

  /** Who the provider says logged in. */
  public record Identity(
      String providerId,
      String issuer,
      String subject,
      String email,
      boolean emailVerified,
      String name) {}

  private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /** The provider's authorization address to send the browser to, and what to remember. */
  /**
   * @param linkUserId the logged-in user who asks to link this provider, or null for a login
   */
  public Map.Entry<URI, Pending> start(
      Provider provider, URI redirectUri, String next, Long linkUserId) {
    OIDCProviderMetadata metadata = discover(provider).metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "email", "profile"),
                new ClientID(provider.clientId()),
                redirectUri)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return Map.entry(
        request.toURI(),
        new Pending(
            provider.id(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            next,
            linkUserId));
  }

  /** Checks the callback, exchanges the code and validates the ID token. */
  public Identity complete(Provider provider, Pending pending, URI callback, URI redirectUri) {
    Discovered d = discover(provider);
    AuthenticationSuccessResponse success;
    try {
      AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
      if (!response.indicatesSuccess()) {
        throw new InputProblem("oidc", "oidc.refused");
      }
      success = response.toSuccessResponse();
    } catch (ParseException e) {
      throw new InputProblem("oidc", "oidc.badCallback");
    }
    if (success.getState() == null || !pending.state().equals(success.getState().getValue())) {
      throw new InputProblem("oidc", "oidc.badCallback");
    }
    if (success.getIssuer() != null && !success.getIssuer().equals(d.metadata().getIssuer())) {
      throw new InputProblem("oidc", "oidc.unknownIssuer");
    }
    AuthorizationCode code = success.getAuthorizationCode();
    ClientID clientId = new ClientID(provider.clientId());
    Secret secret = new Secret(provider.clientSecret());
    ClientAuthentication auth =
        provider.secretInBody()
            ? new ClientSecretPost(clientId, secret)
            : new ClientSecretBasic(clientId, secret);
    TokenRequest tokenRequest =
        new TokenRequest(
            d.metadata().getTokenEndpointURI(),
            auth,
            new AuthorizationCodeGrant(code, redirectUri, new CodeVerifier(pending.verifier())));
    try {
      var http = tokenRequest.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      TokenResponse tokenResponse = OIDCTokenResponseParser.parse(http.send());
      if (!tokenResponse.indicatesSuccess()) {
        LOG.warning(
            () ->
                "OIDC token request refused by "
                    + provider.id()
                    + ": "
                    + tokenResponse.toErrorResponse().getErrorObject());
        throw new InputProblem("oidc", "oidc.refused");
      }
      JWT idToken =
          ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens().getIDToken();
      IDTokenClaimsSet claims = d.validator().validate(idToken, new Nonce(pending.nonce()));
      String email = claims.getStringClaim("email");
      Boolean verified = claims.getBooleanClaim("email_verified");
      boolean emailVerified =
          email != null
              && (Boolean.TRUE.equals(verified) || (verified == null && provider.trustEmail()));
      return new Identity(
          provider.id(),
          claims.getIssuer().getValue(),
          claims.getSubject().getValue(),
          email,
          emailVerified,
          claims.getStringClaim("name"));
    } catch (BadJOSEException e) {
      LOG.log(Level.WARNING, "OIDC ID token from " + provider.id() + " refused", e);
      throw new InputProblem(
          "oidc",
          e.getMessage() != null && e.getMessage().contains("issuer")
              ? "oidc.unknownIssuer"
              : "oidc.badToken");
    } catch (IOException | ParseException | JOSEException e) {
      LOG.log(Level.WARNING, "OIDC login with " + provider.id() + " failed", e);
      throw new InputProblem("oidc", "oidc.unreachable");
    }
  }

  private Discovered discover(Provider provider) {
    Discovered known = discovered.get(provider.id());
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MS, TIMEOUT_MS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(provider.clientId()),
              JWSAlgorithm.RS256,
              metadata.getJWKSetURI().toURL());
      Discovered d = new Discovered(metadata, validator);
      discovered.put(provider.id(), d);
      return d;
    } catch (GeneralException e) {
      LOG.log(Level.WARNING, "OIDC provider " + provider.id() + " answered wrongly", e);
      throw new InputProblem("oidc", "oidc.unknownIssuer");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "OIDC provider " + provider.id() + " not reachable", e);
      throw new InputProblem("oidc", "oidc.unreachable");
    }
  }
}
