package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.catalog.RequestPathCatalog;

/**
 * Whether a unit is test code: a file in a test source root, or one that declares test methods. Its stub controllers
 * and servlets serve no user's request, whatever they look like.
 */
public final class TestCode {
  private TestCode() {}

  /** Decided once per unit, for every rule that exempts test code. */
  public static boolean isTestCode(SourceUnit unit) {
    return unit.memo(TestCode.class,
        () -> RequestPathCatalog.isTestSourcePath(unit.path()) || declaresTestMethod(unit));
  }

  private static boolean declaresTestMethod(SourceUnit unit) {
    for (MethodDecl method : UnitIndex.of(unit).<MethodDecl>all(Node.Kind.METHOD)) {
      for (Annotation annotation : method.annotations()) {
        // By simple name: a test framework that is not on the classpath still marks test code.
        if (RequestPathCatalog.isTestAnnotationSimpleName(annotation.simpleName())) {
          return true;
        }
      }
    }
    return false;
  }
}
