package dev.tracelint.analysis;

import dev.tracelint.analysis.model.SourceUnit;
import java.util.List;

/** How one rule decides, over the model of one compilation unit. Implementations never throw on odd code. */
public interface Procedure {
  /**
   * For tracelint's own tests and real-code sweep: when this system property is {@code true}, a front end whose
   * procedure throws lets the exception through (javac fails the compilation, PMD reports a processing error) instead
   * of going silent, so that a crash shows as one and not as a finding that is merely missing.
   */
  String RETHROW_PROPERTY = "tracelint.rethrowInternalErrors";

  /** The rule's name: the Error Prone check, the PMD rule, the suppression key and the docs page. */
  String rule();

  /** Every finding in the unit, in source order. */
  List<Finding> findings(SourceUnit unit);
}
