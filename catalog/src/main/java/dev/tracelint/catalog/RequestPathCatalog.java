package dev.tracelint.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which methods serve a request, for BlockingIngestOnRequestPath: handler annotations of the web frameworks tracelint
 * knows, handler methods inherited from framework supertypes, and the code that never runs on a request thread. The
 * defaults are extended (never replaced) by the user's {@code HandlerAnnotations} option.
 *
 * <p>Engines resolve names with the types they have: Error Prone and PMD with an auxclasspath also see
 * meta-annotations and indirect supertypes; PMD without one matches the names a file imports.
 */
public final class RequestPathCatalog {

  /** The option's key, as in {@code -XepOpt:BlockingIngestOnRequestPath:HandlerAnnotations=...} and PMD's {@code handlerAnnotations}. */
  public static final String HANDLER_ANNOTATIONS_OPTION = "HandlerAnnotations";

  /**
   * How many calls deep a handler's private or final helpers are followed. Deeper chains usually cross layers whose
   * threading the rule cannot see, so they are left alone.
   */
  public static final int MAX_HELPER_DEPTH = 3;

  /** Meta-annotations are followed this deep: {@code @MyGet -> @GetMapping -> @RequestMapping} needs two. */
  public static final int MAX_META_ANNOTATION_DEPTH = 3;

  /** The JDK's own annotations ({@code @Retention}, {@code @Target}, {@code @Documented}) carry no framework's. */
  private static final String PLATFORM_ANNOTATION_PREFIX = "java.lang.";

  /** A gRPC service implementation extends the generated {@code XxxGrpc.XxxImplBase}. */
  public static final String GRPC_SERVICE_BASE_SUFFIX = "ImplBase";

  /** A gRPC service method takes the response observer. */
  public static final String GRPC_STREAM_OBSERVER = "io.grpc.stub.StreamObserver";

  private static final List<String> JAX_RS_METHOD_ANNOTATIONS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "Path");

  private static final Set<String> DEFAULT_HANDLER_ANNOTATIONS = defaultHandlerAnnotations();

  /** Spring mapping annotations count only in a controller (or controller advice) type. */
  private static final Set<String> CONTROLLER_METHOD_ANNOTATIONS = Set.of(
      "org.springframework.web.bind.annotation.RequestMapping",
      "org.springframework.web.bind.annotation.GetMapping",
      "org.springframework.web.bind.annotation.PostMapping",
      "org.springframework.web.bind.annotation.PutMapping",
      "org.springframework.web.bind.annotation.DeleteMapping",
      "org.springframework.web.bind.annotation.PatchMapping",
      "org.springframework.web.bind.annotation.ExceptionHandler");

  /** {@code @RestController} is meta-annotated with {@code @Controller}; both are listed for engines without types. */
  private static final Set<String> CONTROLLER_TYPE_ANNOTATIONS = Set.of(
      "org.springframework.stereotype.Controller",
      "org.springframework.web.bind.annotation.RestController",
      "org.springframework.web.bind.annotation.ControllerAdvice",
      "org.springframework.web.bind.annotation.RestControllerAdvice");

  private static final List<HandlerOverride> HANDLER_OVERRIDES = List.of(
      new HandlerOverride("jakarta.servlet.http.HttpServlet", Set.of(
          "doGet", "doPost", "doPut", "doDelete", "doPatch", "doHead", "doOptions", "service")),
      new HandlerOverride("javax.servlet.http.HttpServlet", Set.of(
          "doGet", "doPost", "doPut", "doDelete", "doHead", "doOptions", "service")),
      new HandlerOverride("jakarta.servlet.Filter", Set.of("doFilter")),
      new HandlerOverride("javax.servlet.Filter", Set.of("doFilter")),
      // Library subclasses of Filter and HandlerInterceptor are listed too: without types an engine sees only the
      // supertype a declaration names, and filters usually extend these rather than implement Filter.
      new HandlerOverride("jakarta.servlet.http.HttpFilter", Set.of("doFilter")),
      new HandlerOverride("javax.servlet.http.HttpFilter", Set.of("doFilter")),
      new HandlerOverride("org.springframework.web.filter.GenericFilterBean", Set.of("doFilter")),
      new HandlerOverride("org.springframework.web.filter.OncePerRequestFilter", Set.of("doFilterInternal")),
      new HandlerOverride("org.springframework.web.servlet.HandlerInterceptor",
          Set.of("preHandle", "postHandle", "afterCompletion")),
      new HandlerOverride("org.springframework.web.servlet.AsyncHandlerInterceptor",
          Set.of("preHandle", "postHandle", "afterCompletion")),
      new HandlerOverride("org.springframework.web.servlet.handler.HandlerInterceptorAdapter",
          Set.of("preHandle", "postHandle", "afterCompletion")),
      new HandlerOverride("org.springframework.web.context.request.WebRequestInterceptor",
          Set.of("preHandle", "postHandle", "afterCompletion")),
      // Functional endpoints: a class implementing HandlerFunction serves the route it is registered for.
      new HandlerOverride("org.springframework.web.servlet.function.HandlerFunction", Set.of("handle")),
      new HandlerOverride("org.springframework.web.reactive.function.server.HandlerFunction", Set.of("handle")),
      new HandlerOverride("org.springframework.web.servlet.function.HandlerFilterFunction", Set.of("filter")),
      new HandlerOverride("org.springframework.web.reactive.function.server.HandlerFilterFunction",
          Set.of("filter")),
      new HandlerOverride("org.springframework.web.server.WebFilter", Set.of("filter")),
      new HandlerOverride("io.micronaut.http.filter.HttpServerFilter", Set.of("doFilter")),
      new HandlerOverride("jakarta.ws.rs.container.ContainerRequestFilter", Set.of("filter")),
      new HandlerOverride("jakarta.ws.rs.container.ContainerResponseFilter", Set.of("filter")),
      new HandlerOverride("javax.ws.rs.container.ContainerRequestFilter", Set.of("filter")),
      new HandlerOverride("javax.ws.rs.container.ContainerResponseFilter", Set.of("filter")));

  /**
   * Methods that run at shutdown or on a scheduler's or executor's thread: flushing there is correct, even if the
   * method also carries a handler annotation by mistake.
   */
  private static final Set<String> EXEMPT_ANNOTATIONS = Set.of(
      "jakarta.annotation.PreDestroy",
      "javax.annotation.PreDestroy",
      "org.springframework.scheduling.annotation.Scheduled",
      "org.springframework.scheduling.annotation.Schedules",
      "org.springframework.scheduling.annotation.Async",
      "io.micronaut.scheduling.annotation.Scheduled",
      "io.micronaut.scheduling.annotation.Async");

  /**
   * Calls that run a lambda argument in place, on the caller's thread. A lambda or anonymous class handed to anything
   * else (an executor, {@code CompletableFuture.runAsync/supplyAsync}, {@code new Thread}, a shutdown hook, a callback
   * registry) may run elsewhere or later, so its body is not part of the request path.
   */
  private static final Set<String> IN_PLACE_LAMBDA_CALLS =
      Set.of("forEach", "forEachOrdered", "ifPresent", "ifPresentOrElse");

  private final Set<String> handlerAnnotations;

  private RequestPathCatalog(Set<String> handlerAnnotations) {
    this.handlerAnnotations = Set.copyOf(handlerAnnotations);
  }

  /** The default catalogue alone. */
  public static RequestPathCatalog defaults() {
    return new RequestPathCatalog(DEFAULT_HANDLER_ANNOTATIONS);
  }

  /**
   * The defaults plus the annotation types of a {@code HandlerAnnotations} option value (fully qualified names,
   * comma-separated), each of which makes the method it annotates a request handler wherever it is declared.
   *
   * @param optionName how the user spelled the option, for error messages
   * @throws CatalogConfigurationException naming the first entry that is not a qualified type name
   */
  public static RequestPathCatalog withUserEntries(String optionName, String optionValue) {
    Set<String> all = new LinkedHashSet<>(DEFAULT_HANDLER_ANNOTATIONS);
    all.addAll(OptionEntries.parse(optionName, optionValue, RequestPathCatalog::parseAnnotationType));
    return new RequestPathCatalog(all);
  }

  /**
   * Parses one {@code HandlerAnnotations} entry: a canonical annotation type name with a package, such as
   * {@code com.example.web.Endpoint}.
   *
   * @throws CatalogConfigurationException naming {@code option} and {@code entry} when malformed
   */
  public static String parseAnnotationType(String option, String entry) {
    String text = entry.trim();
    if (!MethodRef.isQualifiedName(text) || text.indexOf('.') < 0) {
      throw new CatalogConfigurationException(
          option, entry, "expected a fully qualified annotation type name such as com.example.web.Endpoint");
    }
    return text;
  }

  /** Annotation types that make the method they annotate a request handler in any type (JAX-RS, Micronaut, user). */
  public Set<String> handlerAnnotations() {
    return handlerAnnotations;
  }

  /** Spring mapping annotations, which make a method a handler only inside a {@link #controllerTypeAnnotations()} type. */
  public Set<String> controllerMethodAnnotations() {
    return CONTROLLER_METHOD_ANNOTATIONS;
  }

  /** Type annotations (or meta-annotations, where an engine sees them) of Spring controllers and controller advice. */
  public Set<String> controllerTypeAnnotations() {
    return CONTROLLER_TYPE_ANNOTATIONS;
  }

  /** Framework supertypes whose overridden methods serve a request. */
  public List<HandlerOverride> handlerOverrides() {
    return HANDLER_OVERRIDES;
  }

  /** Annotations that keep a method off the request path. */
  public Set<String> exemptAnnotations() {
    return EXEMPT_ANNOTATIONS;
  }

  /** Whether a lambda or anonymous class passed to a call of this name runs in place, on the request thread. */
  public static boolean runsLambdaInPlace(String methodName) {
    return IN_PLACE_LAMBDA_CALLS.contains(methodName);
  }

  /**
   * Whether the meta-annotations of this annotation type are worth looking into: not those of the JDK's own
   * annotations, which never carry a web framework's.
   */
  public static boolean mayCarryHandlerMetaAnnotations(String annotationType) {
    return annotationType != null && !annotationType.startsWith(PLATFORM_ANNOTATION_PREFIX);
  }

  /** Whether a supertype of this simple name is a generated gRPC service base class. */
  public static boolean isGrpcServiceBase(String simpleName) {
    return simpleName.endsWith(GRPC_SERVICE_BASE_SUFFIX) && simpleName.length() > GRPC_SERVICE_BASE_SUFFIX.length();
  }

  private static Set<String> defaultHandlerAnnotations() {
    List<String> names = new ArrayList<>();
    for (String pkg : List.of("jakarta.ws.rs.", "javax.ws.rs.")) {
      for (String annotation : JAX_RS_METHOD_ANNOTATIONS) {
        names.add(pkg + annotation);
      }
    }
    for (String annotation : List.of("Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Trace",
        "CustomHttpMethod")) {
      names.add("io.micronaut.http.annotation." + annotation);
    }
    return Set.copyOf(names);
  }

  /**
   * A framework supertype and the names of its methods that serve a request when a subtype overrides them:
   * {@code HttpServlet} and {@code doGet}.
   *
   * @param supertype canonical name of the framework type
   * @param methods simple names of its request-serving methods
   */
  public record HandlerOverride(String supertype, Set<String> methods) {
    public HandlerOverride {
      methods = Set.copyOf(methods);
    }
  }
}
