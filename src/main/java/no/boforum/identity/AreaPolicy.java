package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;

/** Who enters each {@link Area}: the holders of its global role. */
@ApplicationScoped
public class AreaPolicy implements Policy<Area> {
  @Override
  public Class<Area> actions() {
    return Area.class;
  }

  @Override
  public boolean allows(Caller caller, Area action, Object resource) {
    return action.admits(caller);
  }
}
