package corpus.fullsecretlogged.inhouse.sdk;

/** The in-house masking contract; the MaskingMethods option names the interface's method, {@code Obscurer#hide}. */
public interface Obscurer {
  String hide(String value);

  /** Returns the value unchanged when obscuring is switched off for local runs: not a masking method. */
  String maybeHide(String value);
}
