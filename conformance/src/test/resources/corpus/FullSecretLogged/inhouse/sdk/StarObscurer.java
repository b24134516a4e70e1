package corpus.fullsecretlogged.inhouse.sdk;

/** The SDK's implementation of {@link Obscurer}, which applications often hold by its own type. */
public final class StarObscurer implements Obscurer {
  private final boolean enabled;

  public StarObscurer(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public String hide(String value) {
    return value == null ? null : "*".repeat(value.length());
  }

  @Override
  public String maybeHide(String value) {
    return enabled ? hide(value) : value;
  }
}
