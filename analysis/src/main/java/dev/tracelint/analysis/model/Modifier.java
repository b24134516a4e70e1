package dev.tracelint.analysis.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The declaration modifiers the procedures ask about. */
public enum Modifier {
  PUBLIC, PROTECTED, PRIVATE, STATIC, FINAL, ABSTRACT, DEFAULT, SYNCHRONIZED;

  /** An unmodifiable set in declaration order, whatever set the adapter built. */
  static Set<Modifier> setOf(Collection<Modifier> modifiers) {
    EnumSet<Modifier> copy = EnumSet.noneOf(Modifier.class);
    copy.addAll(modifiers);
    return Collections.unmodifiableSet(copy);
  }
}
