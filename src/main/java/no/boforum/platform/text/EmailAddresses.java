package no.boforum.platform.text;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import no.boforum.platform.InputProblem;

/** Email addresses as people type them: normalised, and refused when they cannot be mailed. */
public final class EmailAddresses {
  /** The longest address SMTP carries. */
  public static final int MAX = 254;

  private EmailAddresses() {}

  /** The address stripped and in lower case, or an {@link InputProblem} on the field "email". */
  public static String require(String email) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (normalised.isEmpty()) {
      throw new InputProblem("email", "account.emailRequired");
    }
    try {
      InternetAddress parsed = new InternetAddress(normalised, true);
      if (!normalised.equals(parsed.getAddress())
          || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new AddressException(normalised);
      }
    } catch (AddressException e) {
      throw new InputProblem("email", "account.emailInvalid");
    }
    if (normalised.length() > MAX) {
      throw new InputProblem("email", "account.emailInvalid");
    }
    return normalised;
  }
}
