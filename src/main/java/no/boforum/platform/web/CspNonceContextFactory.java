package no.boforum.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lets a form post back without PrimeFaces' script (decision 0028). In its CSP mode PrimeFaces
 * keeps a page's nonce in the view and expects every postback to bring it back as the parameter
 * {@code primefaces.nonce}, which its script adds to the forms of pages that load it. Most of our
 * pages do not load it, and a browser without scripts never sends it: PrimeFaces then fails the
 * request ("CSP nonce mismatch", or "Missing CSP nonce" on an error page shown for a post). Here a
 * postback without the parameter reads as bringing the view's own nonce back (or, for a view that
 * has none, a fresh one); a postback that does bring one is left to PrimeFaces' check. The nonce
 * stays one the server made: nothing the request says becomes it.
 */
public class CspNonceContextFactory extends ExternalContextFactory {
  static final String NONCE = "primefaces.nonce";

  public CspNonceContextFactory(ExternalContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExternalContext getExternalContext(Object context, Object request, Object response) {
    return new WithNonce(getWrapped().getExternalContext(context, request, response));
  }

  private static final class WithNonce extends ExternalContextWrapper {
    private Map<String, String> parameters;

    WithNonce(ExternalContext wrapped) {
      super(wrapped);
    }

    @Override
    public Map<String, String> getRequestParameterMap() {
      Map<String, String> sent = getWrapped().getRequestParameterMap();
      if (sent.containsKey(NONCE)) {
        return sent;
      }
      if (parameters == null) {
        parameters = new ViewNonce(sent);
      }
      return parameters;
    }
  }

  /** The parameters as sent, with the view's nonce for a missing {@code primefaces.nonce}. */
  private static final class ViewNonce extends AbstractMap<String, String> {
    private final Map<String, String> sent;
    private String fresh;

    ViewNonce(Map<String, String> sent) {
      this.sent = sent;
    }

    @Override
    public String get(Object key) {
      return NONCE.equals(key) ? nonce() : sent.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return NONCE.equals(key) || sent.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return sent.entrySet();
    }

    private String nonce() {
      FacesContext context = FacesContext.getCurrentInstance();
      UIViewRoot view = context == null ? null : context.getViewRoot();
      Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
      Object kept = viewMap == null ? null : viewMap.get(NONCE);
      if (kept instanceof String s && !s.isBlank()) {
        return s;
      }
      if (fresh == null) {
        // The form PrimeFaces itself makes: Base64 of a random UUID's text.
        fresh =
            Base64.getEncoder()
                .encodeToString(
                    UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return fresh;
    }
  }
}
