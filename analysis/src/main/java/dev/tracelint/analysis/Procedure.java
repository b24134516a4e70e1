package dev.tracelint.analysis;

import dev.tracelint.analysis.model.SourceUnit;
import java.util.List;

/** How one rule decides, over the model of one compilation unit. Implementations never throw on odd code. */
public interface Procedure {

  /** The rule's name: the Error Prone check, the PMD rule, the suppression key and the docs page. */
  String rule();

  /** Every finding in the unit, in source order. */
  List<Finding> findings(SourceUnit unit);
}
