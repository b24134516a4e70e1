package corpus.fullsecretlogged.inhouse.sdk;

/** The in-house masking helpers; only {@code scrub} and {@code fingerprint} are configured as MaskingMethods. */
public final class Redactor {
  private Redactor() {}

  public static String scrub(String value) {
    return value == null || value.length() < 6 ? "****" : value.substring(0, 4) + "****";
  }

  public static String fingerprint(String value) {
    return Integer.toHexString(value.hashCode());
  }

  /** Not a masking method: it returns its argument with surrounding blanks removed. */
  public static String normalise(String value) {
    return value.trim();
  }
}
