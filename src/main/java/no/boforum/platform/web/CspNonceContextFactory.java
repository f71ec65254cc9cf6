package no.boforum.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the page's CSP nonce the server's own across a postback (decision 0028). In its CSP mode
 * PrimeFaces keeps a page's nonce in the view and expects every postback to bring it back as the
 * parameter {@code primefaces.nonce}, which its script adds to the forms of pages that load it.
 * Most of our pages do not load it, and a browser without scripts never sends it: PrimeFaces then
 * fails the request ("CSP nonce mismatch", or "Missing CSP nonce" on an error page shown for a
 * post); and on a stateless view it would take the nonce the request sent. Here {@code
 * primefaces.nonce} always reads as the view's own nonce (or, for a view that keeps none, a fresh
 * one): nothing the request says becomes the nonce, and no postback fails for the lack of it.
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
      if (parameters == null) {
        parameters = new ViewNonce(getWrapped().getRequestParameterMap());
      }
      return parameters;
    }
  }

  /**
   * The parameters as sent, but {@code primefaces.nonce} is always the view's own (or a fresh one
   * for a view that keeps none), whatever the request said.
   */
  private static final class ViewNonce extends AbstractMap<String, String> {
    private final Map<String, String> sent;
    private Set<Entry<String, String>> entries;
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
      if (entries == null) {
        Map<String, String> copy = new LinkedHashMap<>(sent);
        copy.put(NONCE, nonce());
        entries = Collections.unmodifiableMap(copy).entrySet();
      }
      return entries;
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
        fresh = CspNonce.fresh();
      }
      return fresh;
    }
  }
}
