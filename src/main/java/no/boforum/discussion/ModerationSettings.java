package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of moderation (MicroProfile Config, defaults in microprofile-config.properties): the
 * flag weight that hides a post, how many first posts wait for approval, and how many posts new and
 * established people may write in the rate window.
 */
@ApplicationScoped
public class ModerationSettings {
  @Inject
  @ConfigProperty(name = "boforum.discussion.hide-weight", defaultValue = "4")
  int hideWeight;

  @Inject
  @ConfigProperty(name = "boforum.discussion.premoderated-posts", defaultValue = "2")
  int premoderatedPosts;

  @Inject
  @ConfigProperty(name = "boforum.discussion.rate.new", defaultValue = "3")
  int rateNew;

  @Inject
  @ConfigProperty(name = "boforum.discussion.rate.established", defaultValue = "10")
  int rateEstablished;

  @Inject
  @ConfigProperty(name = "boforum.discussion.rate.window-minutes", defaultValue = "10")
  int windowMinutes;

  public int hideWeight() {
    return hideWeight;
  }

  public int premoderatedPosts() {
    return premoderatedPosts;
  }

  /** Posts allowed in the window for this standing; a moderator is not limited. */
  public int postsPerWindow(Standing standing) {
    return switch (standing) {
      case NEW -> rateNew;
      case ESTABLISHED -> rateEstablished;
      case MODERATOR -> Integer.MAX_VALUE;
    };
  }

  /** The rate window, also the time within which the same text is refused twice. */
  public Duration window() {
    return Duration.ofMinutes(windowMinutes);
  }
}
