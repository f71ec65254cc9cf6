package no.boforum.platform.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.boforum.platform.mail.MailMessage;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.mail.MailSettings;

/**
 * {@code /dev/mailbox}: the mail the portal would have sent, newest first. It exists only where the
 * run command turns it on and no SMTP server is configured; elsewhere the address answers 404.
 */
@Named
@RequestScoped
public class DevMailboxView {
  static final int SHOWN = 50;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject MailSettings settings;
  @Inject MailOutbox outbox;
  private List<MailMessage> messages;

  public void load() throws IOException {
    if (!settings.devMailboxEnabled()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    messages = outbox.latest(0, SHOWN);
  }

  public String time(MailMessage m) {
    return TIME.format(m.getCreatedAt());
  }

  public List<MailMessage> getMessages() {
    return messages;
  }
}
