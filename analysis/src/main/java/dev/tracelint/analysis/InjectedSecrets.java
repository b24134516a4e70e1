package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.SecretCatalog;

/**
 * Secrets a framework puts into a field or parameter, whatever it is called: a configuration property injected by a
 * secret key ({@code @Value("${openai.api-key}") String key}), a request header that carries credentials
 * ({@code @RequestHeader(HttpHeaders.AUTHORIZATION) String auth}) or every header of the request
 * ({@code @RequestHeader Map<String, String> headers}); and which such header an expression names.
 */
final class InjectedSecrets {
  private InjectedSecrets() {}

  /** {@code @Value("${openai.api-key}")} on a field or parameter declared in the unit. */
  static boolean property(Variable variable, SecretCatalog catalog) {
    for (Annotation annotation : variable.annotations()) {
      if (SecretCatalog.isPropertyAnnotation(annotation.simpleName())) {
        return catalog.isSecretKey(SecretCatalog.placeholderKey(Nodes.stringConstant(annotation.element("value"))));
      }
    }
    return false;
  }

  /** {@code @RequestHeader("Authorization")}, {@code @HeaderParam(HttpHeaders.AUTHORIZATION)} on a parameter. */
  static boolean header(Variable parameter) {
    for (Annotation annotation : parameter.annotations()) {
      if (SecretCatalog.isHeaderAnnotation(annotation.simpleName())) {
        for (String element : SecretCatalog.headerAnnotationElements()) {
          Expr header = annotation.element(element);
          if (header != null && headerNamedBy(header) != null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * {@code @RequestHeader Map<String, String> headers}, {@code @RequestHeader HttpHeaders headers}: an annotation that
   * names no header fills the parameter with every header of the request, {@code Authorization} included.
   */
  static boolean everyHeader(Variable parameter, SourceUnit unit) {
    for (Annotation annotation : parameter.annotations()) {
      if (SecretCatalog.injectsEveryHeaderUnnamed(annotation.simpleName())
          && SecretCatalog.headerAnnotationElements().stream().allMatch(element -> annotation.element(element) == null)) {
        return SecretCatalog.injectedHeaderCollectionTypes().stream()
            .anyMatch(type -> TypeEvidence.isA(parameter.type(), type, unit).isYes());
      }
    }
    return false;
  }

  /**
   * The catalogue's spelling of the secret header an expression names ({@code "authorization"},
   * {@code HttpHeaders.AUTHORIZATION}), by its constant value or, when the engine does not know the value (PMD without
   * an auxclasspath), by the constant's name; {@code null} when it names no secret header.
   */
  static String headerNamedBy(Expr expression) {
    String value = Nodes.stringConstant(expression);
    if (value != null) {
      return SecretCatalog.secretHeader(value);
    }
    return SecretCatalog.secretHeaderForConstantName(Nodes.referencedName(expression));
  }
}
