package no.boforum.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.api.OpenWrite;

/**
 * An anonymous caller's write answers 401 before anything else: before its body is read or checked,
 * and before the thing it names is looked up, so that neither a validation message nor a 404 tells
 * a visitor without a login anything. Methods marked {@link OpenWrite} are the exceptions.
 */
@Provider
@jakarta.annotation.Priority(Priorities.AUTHENTICATION)
public class LoginFirstFilter implements ContainerRequestFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Context ResourceInfo resource;
  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!WRITES.contains(request.getMethod()) || open()) {
      return;
    }
    if (!caller.get().isAuthenticated()) {
      request.abortWith(IdentityExceptionMapper.notAuthenticated());
    }
  }

  private boolean open() {
    return resource.getResourceMethod() != null
            && resource.getResourceMethod().isAnnotationPresent(OpenWrite.class)
        || resource.getResourceClass() != null
            && resource.getResourceClass().isAnnotationPresent(OpenWrite.class);
  }
}
