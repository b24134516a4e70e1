package dev.tracelint.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One start call that creates an obligation, and the calls that discharge it: {@code SpanBuilder#startSpan} must be
 * followed by {@code end} on the span it returned.
 *
 * @param start the call that starts the span, trace, step, transaction, segment, observation or scope
 * @param endMethods simple names of the calls that end it; any one of them discharges the obligation
 * @param style on what the end call is made, and whether try-with-resources is the remedy
 * @param noun what the started thing is called in messages: span, transaction, segment, scope...
 * @param undoneByItsSpan an activation that the span it activates undoes when it finishes (Sentry's
 *     {@code ISpan#makeCurrent}: a finished transaction clears itself from the scope and the token it returns is a
 *     no-op), so that discarding the token is the intended use; a token kept in a local is still judged
 * @param endArgumentsUnknown an end made on the owner whose arguments the catalogue does not know (an in-house
 *     {@code tracer.finishStep(step)} declared through the option): messages write it {@code Owner.end(..)}, and no
 *     fix is suggested, since the call it would insert may not compile
 */
public record TraceLifecycle(MethodRef start, List<String> endMethods, EndStyle style, String noun,
    boolean undoneByItsSpan, boolean endArgumentsUnknown) {

  /** Written before an end method of the {@code StartMethods} option: the end is called on the start's owner. */
  private static final String OWNER_END_MARK = "#";

  /** On what the end call is made. */
  public enum EndStyle {
    /** {@code span.end()} on the value the start call returned (or on its receiver, for a {@code start()} that returns {@code this}). */
    END_VALUE,
    /** {@code scope.close()} on an {@link AutoCloseable} scope; try-with-resources is the idiomatic remedy. */
    CLOSE_SCOPE,
    /**
     * The end call is made on the start call's owner, not on the value: {@code AWSXRay.endSegment()} (static) or
     * {@code recorder.endSegment()} (same receiver). Closing the returned value also counts.
     */
    END_ON_OWNER
  }

  public TraceLifecycle {
    Objects.requireNonNull(start, "start");
    endMethods = List.copyOf(endMethods);
    if (endMethods.isEmpty()) {
      throw new IllegalArgumentException("no end method for " + start);
    }
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(noun, "noun");
    if (undoneByItsSpan && style != EndStyle.CLOSE_SCOPE) {
      throw new IllegalArgumentException("only a scope can be undone by its span: " + start);
    }
    if (endArgumentsUnknown && style != EndStyle.END_ON_OWNER) {
      throw new IllegalArgumentException("only an end made on the owner can take unknown arguments: " + start);
    }
  }

  /** A lifecycle of the catalogue, whose end calls are known. */
  public TraceLifecycle(MethodRef start, List<String> endMethods, EndStyle style, String noun,
      boolean undoneByItsSpan) {
    this(start, endMethods, style, noun, undoneByItsSpan, false);
  }

  /** A lifecycle whose obligation nothing but its end calls discharges. */
  public TraceLifecycle(MethodRef start, List<String> endMethods, EndStyle style, String noun) {
    this(start, endMethods, style, noun, false);
  }

  /** Whether a call of this simple name discharges the obligation. */
  public boolean isEndMethod(String methodName) {
    return endMethods.contains(methodName) || (style == EndStyle.END_ON_OWNER && methodName.equals("close"));
  }

  /** The end call a fix or a message suggests: the first one listed. */
  public String primaryEndMethod() {
    return endMethods.get(0);
  }

  /**
   * The diagnostic both engines report, naming the variable (or, for a start whose result is not kept, the start
   * call) and the end call missing from a {@code finally}. It never includes a value, only names.
   *
   * @param variable the local holding the started value, or {@code null} when the result is not stored
   */
  public String message(String variable) {
    String subject = variable == null ? noun + " started by " + start.method() + "()" : noun + " '" + variable + "'";
    switch (style) {
      case CLOSE_SCOPE:
        String closeCall = variable == null ? "close()" : variable + ".close()";
        return subject + " is not closed on every path: open it in try-with-resources or call " + closeCall
            + " in a finally block";
      case END_ON_OWNER:
        return subject + " is not ended on every path: call " + start.ownerSimpleName() + "." + primaryEndMethod()
            + (endArgumentsUnknown ? "(..)" : "()") + " in a finally block";
      case END_VALUE:
      default:
        String endCall = (variable == null ? "" : variable + ".") + primaryEndMethod() + "()";
        return subject + " is not ended on every path: call " + endCall + " in a finally block";
    }
  }

  /**
   * What the fix for an unended obligation does, in a few words an editor or Error Prone shows next to it:
   * {@code End span 'span' in a finally block}, {@code Close scope 'scope' with try-with-resources}.
   *
   * @param variable the local holding the started value, or {@code null} (an X-Ray segment ended through its owner)
   */
  public String fixDescription(String variable) {
    String subject = variable == null ? "the " + noun : noun + " '" + variable + "'";
    return style == EndStyle.CLOSE_SCOPE ? "Close " + subject + " with try-with-resources"
        : "End " + subject + " in a finally block";
  }

  /**
   * Parses one entry of the {@code StartMethods} option: {@code OWNER#startMethod:endMethod[|endMethod...]}. An entry
   * whose only end method is {@code close} is a scope; any other is a value ended by one of its end methods. End
   * methods written {@code #endMethod} are called on the owner instead, the started value given or not
   * ({@code com.acme.StepTracer#beginStep:#finishStep|#failStep} for {@code tracer.finishStep(step)}); an entry's
   * end methods are all of one kind.
   *
   * @throws CatalogConfigurationException naming {@code option} and {@code entry} when malformed
   */
  public static TraceLifecycle parse(String option, String entry) {
    String text = entry.trim();
    int colon = text.indexOf(':');
    if (colon < 0 || colon != text.lastIndexOf(':')) {
      throw new CatalogConfigurationException(
          option, entry, "expected OWNER#startMethod:endMethod[|endMethod...]");
    }
    MethodRef start;
    try {
      start = MethodRef.parse(option, text.substring(0, colon));
    } catch (CatalogConfigurationException e) {
      // Name the whole entry the user wrote, not only its OWNER#method half.
      throw new CatalogConfigurationException(option, entry, e.problem());
    }
    String ends = text.substring(colon + 1);
    if (ends.isBlank() || ends.startsWith("|") || ends.endsWith("|") || ends.contains("||")) {
      throw new CatalogConfigurationException(option, entry, "expected one or more end methods separated by '|'");
    }
    List<String> written = List.of(ends.trim().split("\\s*\\|\\s*"));
    boolean onOwner = written.get(0).startsWith(OWNER_END_MARK);
    List<String> endMethods = new ArrayList<>();
    for (String end : written) {
      if (end.startsWith(OWNER_END_MARK) != onOwner) {
        throw new CatalogConfigurationException(option, entry,
            "end methods are all called on the started value (end) or all on its owner (#end)");
      }
      String method = onOwner ? end.substring(OWNER_END_MARK.length()) : end;
      if (!MethodRef.isIdentifier(method)) {
        throw new CatalogConfigurationException(option, entry, "'" + end + "' is not a method name");
      }
      endMethods.add(method);
    }
    if (onOwner) {
      return new TraceLifecycle(start, endMethods, EndStyle.END_ON_OWNER, nounOf(start.method()), false, true);
    }
    EndStyle style = endMethods.equals(List.of("close")) ? EndStyle.CLOSE_SCOPE : EndStyle.END_VALUE;
    return new TraceLifecycle(start, endMethods, style, style == EndStyle.CLOSE_SCOPE ? "scope" : nounOf(start.method()));
  }

  /** {@code startTrace} reads as "trace", {@code beginStep} as "step"; anything else as "span". */
  static String nounOf(String startMethod) {
    for (String prefix : List.of("start", "begin", "open", "new")) {
      if (startMethod.length() > prefix.length() && startMethod.startsWith(prefix)) {
        String rest = startMethod.substring(prefix.length());
        if (Character.isUpperCase(rest.charAt(0))) {
          return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
        }
      }
    }
    return "span";
  }
}
