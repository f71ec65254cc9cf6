package no.boforum.identity;

/**
 * The Brønnøysund register's nine-digit organisasjonsnummer: the last digit is a modulus-11 check
 * digit over the first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2.
 */
public final class OrganisationNumber {
  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumber() {}

  /** The number without spaces, as stored; the user may type "964 338 531". */
  public static String normalise(String typed) {
    return typed == null ? null : typed.replaceAll("\\s", "");
  }

  public static boolean isValid(String number) {
    if (number == null || !number.matches("[0-9]{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == number.charAt(8) - '0';
  }
}
