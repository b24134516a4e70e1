package dev.tracelint.analysis.model;

/**
 * An import declaration: {@code import a.b.C;} is {@code ("a.b.C", false, false)}, {@code import a.b.*;} is
 * {@code ("a.b", false, true)}, {@code import static a.b.C.m;} is {@code ("a.b.C.m", true, false)}.
 */
public record Import(String name, boolean isStatic, boolean onDemand) {

  /** The simple name a single-type or single-static import makes visible ({@code C}, {@code m}). */
  public String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
