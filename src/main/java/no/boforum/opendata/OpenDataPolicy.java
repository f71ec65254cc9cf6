package no.boforum.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.Policy;

/** A fresh export on demand is for those who may enter the administration. */
@ApplicationScoped
public class OpenDataPolicy implements Policy<OpenDataAction> {
  @Override
  public Class<OpenDataAction> actions() {
    return OpenDataAction.class;
  }

  @Override
  public boolean allows(Caller caller, OpenDataAction action, Object resource) {
    return switch (action) {
      case REQUEST_EXPORT -> Area.ADMINISTRATION.admits(caller);
    };
  }
}
