package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RequestPathCatalog;
import dev.tracelint.catalog.RequestPathCatalog.HandlerOverride;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which methods serve a request, for BlockingIngestOnRequestPath: the handler annotations, framework overrides and gRPC
 * service methods of {@link RequestPathCatalog}, recognised with the engine's types and, where it has none, with what
 * the unit's imports and names say ({@link TypeEvidence}).
 */
final class RequestHandlers {
  /** Generated gRPC bases extend nothing deep; the walk up the superclasses is bounded all the same. */
  private static final int MAX_SUPERCLASS_HOPS = 10;

  private final RequestPathCatalog catalog;

  RequestHandlers(RequestPathCatalog catalog) {
    this.catalog = catalog;
  }

  /** Whether {@code method} is a request handler: it serves a request on the thread that answers it. */
  boolean isHandler(MethodDecl method) {
    TypeDecl owner = method.owner();
    if (method.isConstructor() || method.is(Modifier.STATIC) || owner.typeKind() == TypeDecl.TypeKind.INTERFACE
        || owner.typeKind() == TypeDecl.TypeKind.ANNOTATION
        || carriesAny(method.annotations(), catalog.exemptAnnotations())) {
      return false;
    }
    if (isAnnotatedHandler(names -> carriesAny(method.annotations(), names), owner)) {
      return true;
    }
    if (carriesAny(method.annotations(), catalog.controllerMethodAnnotations()) && inheritedByController(method)) {
      return true;
    }
    // JAX-RS and Spring inherit the mapping from the interface method a class implements (OpenAPI-generated APIs).
    for (MethodInfo overridden : method.info().overriddenMethods()) {
      if (isAnnotatedHandler(names -> carriesAnyType(overridden.annotationTypes(), names), owner)) {
        return true;
      }
    }
    // Only an override serves the request: an overload such as handle(String) next to handle(ServerRequest) does not.
    if (TypeEvidence.overrides(method)) {
      for (HandlerOverride override : catalog.handlerOverrides()) {
        if (override.methods().contains(method.name()) && TypeEvidence.declaresSupertype(owner, override.supertype())) {
          return true;
        }
      }
    }
    return isGrpcServiceMethod(method, owner);
  }

  /**
   * Whether a call runs {@code method} off the request path: one carrying {@code @Async}, {@code @Scheduled}, ...
   * called through another object (the bean's proxy, or the container that schedules it); called on {@code this} by
   * its own class, only one whose advice is compiled into the class (Micronaut's {@code @Async}), since a call on
   * {@code this} bypasses Spring's proxy and runs the method inline.
   */
  boolean runsElsewhere(Expr.Call call, MethodDecl method) {
    boolean selfCall = call.isOnThis() && method.owner() == Nodes.enclosingType(call);
    return carriesAny(method.annotations(),
        selfCall ? catalog.selfCallExemptAnnotations() : catalog.exemptAnnotations());
  }

  /** Whether a class of the unit is a singleton bean of the application ({@code @Service}, {@code @Component}, ...). */
  static boolean isBean(TypeDecl type) {
    // Written on the class itself: meta-annotations (@RestController is a @Component) are seen only with types.
    for (Annotation annotation : type.annotations()) {
      for (String name : RequestPathCatalog.beanAnnotations()) {
        if (TypeEvidence.isA(annotation.type(), name, annotation.unit()).isYes()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The lambdas and method references registered as functional routes in {@code unit}
   * ({@code route().GET("/ask", request -> ...)}, {@code RouterFunctions.route(predicate, this::ask)}): each serves a
   * request on the thread that answers it.
   */
  static List<Expr> routeHandlers(SourceUnit unit) {
    List<Expr> routes = new ArrayList<>();
    UnitIndex index = UnitIndex.of(unit);
    Set<String> seen = new HashSet<>();
    for (MethodRef registration : RequestPathCatalog.routeRegistrations()) {
      if (!seen.add(registration.method())) {
        continue;
      }
      for (Expr.Call call : index.callsNamed(registration.method())) {
        if (!isRouteRegistration(call)) {
          continue;
        }
        for (Expr argument : call.arguments()) {
          if (argument instanceof Expr.Lambda || argument instanceof Expr.MethodRef) {
            routes.add(argument);
          }
        }
      }
    }
    routes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return routes;
  }

  private static boolean isRouteRegistration(Expr.Call call) {
    for (MethodRef registration : RequestPathCatalog.routeRegistrations()) {
      if (registration.method().equals(call.name()) && TypeEvidence.isCallTo(call, registration)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a method's annotations, as {@code carries} reads them, make it a handler: a handler annotation, or a Spring
   * mapping in a controller type.
   */
  private boolean isAnnotatedHandler(Predicate<Set<String>> carries, TypeDecl owner) {
    return carries.test(catalog.handlerAnnotations())
        || (carries.test(catalog.controllerMethodAnnotations())
            && carriesAny(owner.annotations(), catalog.controllerTypeAnnotations()));
  }

  /**
   * Whether a controller class of the unit inherits {@code method} from its class, directly or through classes of the
   * unit, without declaring it again: Spring maps the controller's inherited method, so a mapped method of a base
   * class ({@code abstract class TracedBase { @GetMapping("/ping") String ping() {..} }}) serves that controller's
   * requests. Supertypes are matched by the simple name written, as a unit without types allows.
   */
  private boolean inheritedByController(MethodDecl method) {
    if (method.owner().typeKind() != TypeDecl.TypeKind.CLASS) {
      return false;
    }
    List<TypeDecl> types = UnitIndex.of(method.unit()).all(Node.Kind.TYPE);
    List<TypeDecl> frontier = List.of(method.owner());
    Set<TypeDecl> seen = new HashSet<>(frontier);
    for (int hops = 0; !frontier.isEmpty() && hops < MAX_SUPERCLASS_HOPS; hops++) {
      List<TypeDecl> next = new ArrayList<>();
      for (TypeDecl candidate : types) {
        String superclass = candidate.writtenSuperclass();
        if (superclass == null || seen.contains(candidate) || declaresAgain(candidate, method)
            || frontier.stream().noneMatch(base -> base.name().equals(TypeEvidence.simpleNameOfWritten(superclass)))) {
          continue;
        }
        if (carriesAny(candidate.annotations(), catalog.controllerTypeAnnotations())) {
          return true;
        }
        seen.add(candidate);
        next.add(candidate);
      }
      frontier = next;
    }
    return false;
  }

  private static boolean declaresAgain(TypeDecl type, MethodDecl method) {
    return type.methods().stream().anyMatch(other -> other.name().equals(method.name())
        && other.parameters().size() == method.parameters().size());
  }

  /** A method of a class extending a generated {@code *ImplBase} that takes the response observer. */
  private static boolean isGrpcServiceMethod(MethodDecl method, TypeDecl owner) {
    // Exactly the observer: gRPC calls only the generated signature, never an overload taking a subtype.
    boolean takesObserver = method.parameters().stream().anyMatch(parameter
        -> TypeEvidence.isExactly(parameter.type(), RequestPathCatalog.GRPC_STREAM_OBSERVER, method.unit()));
    if (!takesObserver) {
      return false;
    }
    if (owner.writtenSuperclass() != null
        && RequestPathCatalog.isGrpcServiceBase(TypeEvidence.simpleNameOf(owner.writtenSuperclass()))) {
      return true;
    }
    TypeRef superclass = owner.type().superclass();
    for (int hops = 0; superclass != null && hops < MAX_SUPERCLASS_HOPS; hops++) {
      if (RequestPathCatalog.isGrpcServiceBase(superclass.simpleName())) {
        return true;
      }
      superclass = superclass.superclass();
    }
    return false;
  }

  /** Whether one of the annotations written on a declaration is one of {@code names} or meta-annotated with one. */
  private static boolean carriesAny(List<Annotation> annotations, Set<String> names) {
    for (Annotation annotation : annotations) {
      if (isOneOfWritten(annotation, names) || isMetaAnnotatedWithAny(annotation.type(), names)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an annotation written in the unit is one of {@code names}. An annotation type extends no other, so for a
   * type the engine resolved this is a lookup of its name; asked of every annotation of every method, it stays one
   * rather than a subtype question per name.
   */
  private static boolean isOneOfWritten(Annotation annotation, Set<String> names) {
    TypeRef type = annotation.type();
    if (type.isResolved()) {
      return isOneOf(type, names);
    }
    // Known by name only: the unit's imports say which annotation the name is.
    for (String name : names) {
      if (TypeEvidence.isA(type, name, annotation.unit()).isYes()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the annotation types the engine knows on a declaration it resolved (an overridden method, in the
   * unit or in a library) is one of {@code names} or meta-annotated with one.
   */
  private static boolean carriesAnyType(List<TypeRef> annotationTypes, Set<String> names) {
    for (TypeRef type : annotationTypes) {
      if (isOneOf(type, names) || isMetaAnnotatedWithAny(type, names)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an annotation type carries one of {@code names} among its meta-annotations, followed
   * {@link RequestPathCatalog#MAX_META_ANNOTATION_DEPTH} deep ({@code @JsonGet -> @GetMapping -> @RequestMapping}),
   * cycle-safe. Only types the engine resolved (or declared in the unit) show their meta-annotations.
   */
  private static boolean isMetaAnnotatedWithAny(TypeRef annotationType, Set<String> names) {
    Set<String> seen = new HashSet<>();
    Deque<TypeRef> level = new ArrayDeque<>();
    level.add(annotationType);
    for (int depth = 0; depth < RequestPathCatalog.MAX_META_ANNOTATION_DEPTH && !level.isEmpty(); depth++) {
      Deque<TypeRef> next = new ArrayDeque<>();
      for (TypeRef type : level) {
        String name = type.qualifiedName();
        if (!RequestPathCatalog.mayCarryHandlerMetaAnnotations(name) || !seen.add(name)) {
          continue;
        }
        for (TypeRef meta : type.annotationTypes()) {
          if (isOneOf(meta, names)) {
            return true;
          }
          next.add(meta);
        }
      }
      level = next;
    }
    return false;
  }

  private static boolean isOneOf(TypeRef annotationType, Set<String> names) {
    return annotationType.qualifiedName() != null && names.contains(annotationType.qualifiedName());
  }
}
