package dev.tracelint.analysis.model;

/**
 * A three-valued answer to a type question. An engine with full types (javac, PMD with an auxclasspath) answers
 * {@link #YES} or {@link #NO}; an engine that could not resolve a type answers {@link #UNKNOWN}, and the procedure
 * decides what unknown means for its rule (usually: no finding).
 */
public enum Tri {
  YES,
  NO,
  UNKNOWN;

  public static Tri of(boolean value) {
    return value ? YES : NO;
  }

  public boolean isYes() {
    return this == YES;
  }

  public boolean isNo() {
    return this == NO;
  }

  /** Yes if either is yes; no if both are no; unknown otherwise. */
  public Tri or(Tri other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == NO && other == NO ? NO : UNKNOWN;
  }

  /** No if either is no; yes if both are yes; unknown otherwise. */
  public Tri and(Tri other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == YES && other == YES ? YES : UNKNOWN;
  }

  public Tri not() {
    return this == YES ? NO : this == NO ? YES : UNKNOWN;
  }
}
