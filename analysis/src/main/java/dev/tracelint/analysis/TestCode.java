package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.catalog.TestCodeCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a unit is test code, as {@link TestCodeCatalog} describes it: a file in a test source root, or one that
 * declares a class with a JUnit or TestNG test or lifecycle method (or TestNG's class-level {@code @Test}). The unit is
 * the granularity: a test file's helpers and stub controllers are test code too, and a main source file that holds a
 * nested test class is rare enough to be skipped whole.
 */
public final class TestCode {
  private TestCode() {}

  private static final Set<String> METHOD_SIMPLE_NAMES = simpleNames(TestCodeCatalog.testMethodAnnotations());
  private static final Set<String> CLASS_SIMPLE_NAMES = simpleNames(TestCodeCatalog.testClassAnnotations());

  /** Decided once per unit, for every rule. */
  public static boolean isTestCode(SourceUnit unit) {
    return unit.memo(TestCode.class,
        () -> TestCodeCatalog.isTestSourcePath(unit.path()) || declaresTestClass(unit));
  }

  private static boolean declaresTestClass(SourceUnit unit) {
    UnitIndex index = UnitIndex.of(unit);
    for (TypeDecl type : index.<TypeDecl>all(Node.Kind.TYPE)) {
      if (carriesAny(type.annotations(), CLASS_SIMPLE_NAMES, TestCodeCatalog.testClassAnnotations())) {
        return true;
      }
    }
    for (MethodDecl method : index.<MethodDecl>all(Node.Kind.METHOD)) {
      if (carriesAny(method.annotations(), METHOD_SIMPLE_NAMES, TestCodeCatalog.testMethodAnnotations())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the annotations is one of {@code names}, by type: the simple name only preselects, so that an
   * AspectJ {@code @Before} or an in-house {@code @Test} is not taken for JUnit's.
   */
  private static boolean carriesAny(List<Annotation> annotations, Set<String> simpleNames, Set<String> names) {
    for (Annotation annotation : annotations) {
      if (simpleNames.contains(annotation.simpleName())) {
        for (String name : names) {
          if (TypeEvidence.isExactly(annotation.type(), annotation.writtenName(), name, annotation.unit())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Set<String> simpleNames(Set<String> canonicalNames) {
    return canonicalNames.stream().map(TypeEvidence::simpleNameOf).collect(Collectors.toUnmodifiableSet());
  }
}
