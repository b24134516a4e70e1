package corpus.fullsecretlogged.inhouse.sdk;

import java.util.logging.Logger;

/**
 * The in-house audit trail: every entry is written to the "audit" log. {@code record} and {@code emit} are configured
 * as LoggingMethods; {@code seen} only looks a value up.
 */
public final class AuditTrail {
  private static final Logger AUDIT = Logger.getLogger("audit");
  private final String component;

  public AuditTrail(String component) {
    this.component = component;
  }

  public void record(String message, Object... details) {
    AUDIT.info(component + ": " + message + " " + java.util.Arrays.toString(details));
  }

  public static void emit(String event, Object detail) {
    AUDIT.info(event + " " + detail);
  }

  /** Whether this value was already audited today: a lookup, nothing is written. */
  public boolean seen(String value) {
    return value.hashCode() % 2 == 0;
  }
}
