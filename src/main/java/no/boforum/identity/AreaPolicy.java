package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;

/** Who enters each {@link Area}: the holders of its global role. */
@ApplicationScoped
public class AreaPolicy implements Policy {
  @Override
  public boolean decides(Action action) {
    return action instanceof Area;
  }

  @Override
  public boolean allows(Caller caller, Action action, Object resource) {
    return ((Area) action).admits(caller);
  }
}
