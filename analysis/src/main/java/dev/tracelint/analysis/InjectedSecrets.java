package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
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

  /**
   * {@code @RequestParam("api_key")}, {@code @QueryParam("access_token")}, {@code @FormParam("password")} on a
   * parameter: a request parameter whose name is a secret's key, by the annotation's {@code value} or {@code name}.
   */
  static boolean requestParameter(Variable parameter, SecretCatalog catalog) {
    for (Annotation annotation : parameter.annotations()) {
      if (SecretCatalog.isRequestParameterAnnotation(annotation.simpleName())) {
        for (String element : SecretCatalog.headerAnnotationElements()) {
          Expr key = annotation.element(element);
          if (key != null && catalog.isSecretKey(Nodes.stringConstant(key))) {
            return true;
          }
        }
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
    Expr.Call key = headerKeyCreation(expression);
    if (key != null) {
      return headerNamedBy(key.arguments().get(0));
    }
    return SecretCatalog.secretHeaderForConstantName(Nodes.referencedName(expression));
  }

  /**
   * The creation of a typed header key that {@code expression} is or reads: gRPC's {@code Metadata.Key.of(
   * "authorization", ASCII_STRING_MARSHALLER)}, written in place or given to a final field or a local as its
   * initializer ({@code static final Metadata.Key<String> AUTH_KEY = Metadata.Key.of(..)}); {@code null} otherwise.
   */
  private static Expr.Call headerKeyCreation(Expr expression) {
    Expr created = expression;
    Variable variable = Nodes.variableOf(expression);
    if (variable != null && variable.declaration() instanceof FieldDecl && variable.is(Modifier.FINAL)) {
      created = ((FieldDecl) variable.declaration()).initializer();
    } else if (variable != null && variable.isLocal() && variable.declaration() instanceof Stmt.LocalVar) {
      created = ((Stmt.LocalVar) variable.declaration()).initializer();
    }
    if (!(created instanceof Expr.Call) || ((Expr.Call) created).arguments().isEmpty()) {
      return null;
    }
    Expr.Call call = (Expr.Call) created;
    return SecretCatalog.headerKeyFactories().stream().anyMatch(factory -> TypeEvidence.isCallTo(call, factory))
        ? call : null;
  }
}
