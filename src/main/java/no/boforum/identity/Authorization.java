package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that says who may do what. Pages, the API, services and jobs ask here, never check
 * roles themselves. Anonymous visitors are asked to log in, administrators may do everything, and
 * for everyone else the feature's {@link Policy} that decides the action answers.
 */
@ApplicationScoped
public class Authorization {
  private CurrentCaller current;
  private List<Policy<?>> policies;
  private final Map<Action, Policy<?>> byAction = new ConcurrentHashMap<>();

  protected Authorization() {
    // for the CDI proxy
  }

  @Inject
  Authorization(CurrentCaller current, @Any Instance<Policy<?>> policies) {
    this(current, policies.stream().toList());
  }

  /** With the given policies, for tests and for callers outside CDI. */
  public Authorization(CurrentCaller current, List<? extends Policy<?>> policies) {
    this.current = current;
    this.policies = List.copyOf(policies);
  }

  /** The decision for the current request's caller. */
  public Decision decide(Action action, Object resource) {
    return decide(current.get(), action, resource);
  }

  public boolean allows(Action action, Object resource) {
    return decide(action, resource) == Decision.ALLOWED;
  }

  public boolean allows(Action action) {
    return allows(action, null);
  }

  /** Throws {@link AccessDeniedException} unless the current caller may. */
  public Caller require(Action action, Object resource) {
    Caller caller = current.get();
    Decision decision = decide(caller, action, resource);
    if (decision != Decision.ALLOWED) {
      throw new AccessDeniedException(decision, action);
    }
    return caller;
  }

  public Caller require(Action action) {
    return require(action, null);
  }

  /** The decision for any caller, also outside a request (see {@link Callers}). */
  public Decision decide(Caller caller, Action action, Object resource) {
    Policy<?> policy = policyFor(action);
    if (!caller.isAuthenticated()) {
      return Decision.NOT_AUTHENTICATED;
    }
    if (caller.isAdministrator()) {
      return Decision.ALLOWED;
    }
    return ask(policy, caller, action, resource) ? Decision.ALLOWED : Decision.FORBIDDEN;
  }

  private static <A extends Action> boolean ask(
      Policy<A> policy, Caller caller, Action action, Object resource) {
    return policy.allows(caller, policy.actions().cast(action), resource);
  }

  public boolean allows(Caller caller, Action action, Object resource) {
    return decide(caller, action, resource) == Decision.ALLOWED;
  }

  /**
   * The current caller's decision on a page in a guarded area ({@code /admin/}, {@code /my/}): the
   * action its feature names, or {@link Area#ADMINISTRATION} for a page no policy names.
   */
  public Decision decidePage(String path) {
    return decide(pageAction(path).orElse(Area.ADMINISTRATION), null);
  }

  /** True if the current caller may open the page at {@code address}. */
  public boolean mayOpen(String address) {
    return decidePage(address) == Decision.ALLOWED;
  }

  /**
   * The action a page in a guarded area needs, from the policies' {@link Policy#pages()}: the
   * longest address that is the path or a folder of it. A path that ends in {@code .xhtml} is
   * matched as the address without it.
   */
  public Optional<Action> pageAction(String path) {
    String address = path.endsWith(".xhtml") ? path.substring(0, path.length() - 6) : path;
    String best = null;
    Action action = null;
    for (Policy<?> policy : policies) {
      for (var page : policy.pages().entrySet()) {
        String p = page.getKey();
        boolean covers = address.equals(p) || address.startsWith(p + "/");
        if (covers && (best == null || p.length() > best.length())) {
          best = p;
          action = page.getValue();
        }
      }
    }
    return Optional.ofNullable(action);
  }

  private Policy<?> policyFor(Action action) {
    return byAction.computeIfAbsent(
        action,
        a -> {
          List<Policy<?>> deciding = new ArrayList<>();
          for (Policy<?> p : policies) {
            if (p.actions().isInstance(a)) {
              deciding.add(p);
            }
          }
          if (deciding.size() != 1) {
            throw new IllegalStateException(
                deciding.size() + " policies decide " + a + ", exactly one must: " + deciding);
          }
          return deciding.get(0);
        });
  }
}
