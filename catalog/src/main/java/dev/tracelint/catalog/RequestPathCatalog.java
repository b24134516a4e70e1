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
      new HandlerOverride("javax.ws.rs.container.ContainerResponseFilter", Set.of("filter")),
      // Error mappers answer a failed request on its thread, as @ExceptionHandler methods do.
      new HandlerOverride("jakarta.ws.rs.ext.ExceptionMapper", Set.of("toResponse")),
      new HandlerOverride("javax.ws.rs.ext.ExceptionMapper", Set.of("toResponse")),
      new HandlerOverride("org.springframework.web.servlet.HandlerExceptionResolver", Set.of("resolveException")),
      new HandlerOverride("org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver",
          Set.of("doResolveException")),
      // A class implementing a route's functional interface serves the route it is registered for (Javalin, Spark).
      new HandlerOverride("io.javalin.http.Handler", Set.of("handle")),
      new HandlerOverride("spark.Route", Set.of("handle")),
      new HandlerOverride("spark.Filter", Set.of("handle")));

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
   * Of the exempt annotations, those that keep a method off the request thread even when its class calls it on itself
   * ({@code flushInBackground()} from a handler of the same class): Micronaut's {@code @Async} is around advice compiled
   * into a subclass of the bean, which intercepts calls on {@code this} too. Spring's {@code @Async} is applied by a
   * proxy around the bean, which a call on {@code this} bypasses; {@code @Scheduled} and {@code @PreDestroy} only tell
   * the container to call the method as well. Called on {@code this}, those run inline.
   */
  private static final Set<String> SELF_CALL_EXEMPT_ANNOTATIONS = Set.of("io.micronaut.scheduling.annotation.Async");

  /**
   * Calls that run a lambda argument in place, on the caller's thread. A lambda or anonymous class handed to anything
   * else (an executor, {@code CompletableFuture.runAsync/supplyAsync}, {@code new Thread}, a shutdown hook, a callback
   * registry) may run elsewhere or later, so its body is not part of the request path.
   */
  private static final Set<String> IN_PLACE_LAMBDA_CALLS =
      Set.of("forEach", "forEachOrdered", "ifPresent", "ifPresentOrElse");

  /**
   * Spring stereotypes: the container creates one instance of a class carrying one and injects it wherever its type
   * is asked for, so a call on a field declared with that class runs that class's method (through a proxy, if any).
   */
  private static final Set<String> BEAN_ANNOTATIONS = Set.of(
      "org.springframework.stereotype.Service",
      "org.springframework.stereotype.Component",
      "org.springframework.stereotype.Repository");

  private static final List<String> ROUTE_PACKAGES = List.of(
      "org.springframework.web.servlet.function.", "org.springframework.web.reactive.function.server.");

  /**
   * Functional route registrations (Spring WebMvc.fn and WebFlux, the same API in two packages; Vert.x Web's
   * {@code Route}; Javalin; Spark): a lambda or method reference passed to one of these serves the route, or filters it, on the thread
   * that answers the request.
   */
  private static final List<MethodRef> ROUTE_REGISTRATIONS = defaultRouteRegistrations();

  /**
   * Operators whose callbacks run as the value a handler returns is produced or completes (Reactor, RxJava,
   * {@code CompletableFuture}, and {@code Optional} and {@code Stream}, which run them in place): the response waits
   * for them, or, for {@code doFinally}/{@code doAfterTerminate}, the thread that completed it does. Matched by name on
   * the chain a handler returns. Operators that take a scheduler or an executor take no callback and change nothing:
   * the response still waits for the callback, on whichever thread runs it.
   */
  private static final Set<String> RESPONSE_CALLBACK_OPERATORS = Set.of(
      // Reactor Mono/Flux and RxJava
      "doFinally", "doAfterTerminate", "doOnTerminate", "doOnSuccess", "doOnNext", "doOnError", "doOnComplete",
      "doOnCancel", "doOnEach", "doOnSubscribe", "doOnRequest", "doOnDispose", "doAfterSuccess", "doAfterNext",
      "map", "flatMap", "flatMapMany", "concatMap", "switchMap", "filter", "handle", "onErrorResume", "onErrorReturn",
      "onErrorMap", "onErrorComplete", "fromCallable", "fromRunnable", "fromSupplier", "fromAction", "defer",
      "using", "usingWhen", "delayUntil", "zipWhen", "filterWhen",
      // CompletableFuture / CompletionStage
      "thenApply", "thenAccept", "thenRun", "thenCompose", "whenComplete", "exceptionally", "exceptionallyCompose",
      "thenApplyAsync", "thenAcceptAsync", "thenRunAsync", "thenComposeAsync", "whenCompleteAsync", "handleAsync",
      "thenCombine", "thenCombineAsync", "supplyAsync", "runAsync");

  /**
   * The response callback operators whose callback returns the publisher or future the response goes on with
   * ({@code flatMap(answer -> Mono.fromCallable(..))}, {@code delayUntil(..)}, {@code thenCompose(..)}): what the
   * callback returns is subscribed to, or waited for, as part of the response, so its own callbacks are response
   * callbacks too. Not the operators whose callback's result is a value or is ignored ({@code doOnNext},
   * {@code whenComplete}, {@code map}): a future started there ({@code runAsync}) runs beside the response.
   */
  private static final Set<String> RESPONSE_CONTINUATION_OPERATORS = Set.of(
      "flatMap", "flatMapMany", "concatMap", "switchMap", "onErrorResume", "defer", "usingWhen", "delayUntil",
      "zipWhen", "filterWhen", "thenCompose", "thenComposeAsync", "exceptionallyCompose", "exceptionallyComposeAsync");

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
    String text = MethodRef.canonicalOwner(entry.trim());
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

  /** Annotations that keep a method off the request path also when its own class calls it on {@code this}. */
  public Set<String> selfCallExemptAnnotations() {
    return SELF_CALL_EXEMPT_ANNOTATIONS;
  }

  /** Class annotations that make a class a singleton bean of the application ({@code @Service}, ...). */
  public static Set<String> beanAnnotations() {
    return BEAN_ANNOTATIONS;
  }

  /** The calls that register a functional route: every lambda or method reference they take is a handler. */
  public static List<MethodRef> routeRegistrations() {
    return ROUTE_REGISTRATIONS;
  }

  /** Whether a callback passed to an operator of this name, on the chain a handler returns, serves the response. */
  public static boolean isResponseCallbackOperator(String methodName) {
    return RESPONSE_CALLBACK_OPERATORS.contains(methodName) || IN_PLACE_LAMBDA_CALLS.contains(methodName);
  }

  /**
   * Whether what a callback of this response callback operator returns is subscribed to, or waited for, as part of
   * the response ({@link #RESPONSE_CONTINUATION_OPERATORS}).
   */
  public static boolean continuesTheResponse(String methodName) {
    return RESPONSE_CONTINUATION_OPERATORS.contains(methodName);
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

  private static List<MethodRef> defaultRouteRegistrations() {
    List<MethodRef> all = new ArrayList<>();
    for (String pkg : ROUTE_PACKAGES) {
      all.add(MethodRef.parse("default catalogue", pkg + "RouterFunctions#route"));
      for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "route", "onError",
          "before", "after", "filter")) {
        all.add(MethodRef.parse("default catalogue", pkg + "RouterFunctions.Builder#" + method));
      }
      for (String method : List.of("andRoute", "filter")) {
        all.add(MethodRef.parse("default catalogue", pkg + "RouterFunction#" + method));
      }
    }
    // Vert.x Web: the handlers of a route run on the event loop; a blocking handler runs on a worker thread, and the
    // response still waits for it.
    for (String method : List.of("handler", "blockingHandler", "failureHandler", "respond")) {
      all.add(MethodRef.parse("default catalogue", "io.vertx.ext.web.Route#" + method));
    }
    // Javalin 6: the routing methods are default methods of JavalinDefaultRoutingApi, which Javalin implements; they
    // are listed on Javalin too, the type a receiver is declared with when the engine has no types. Before and after
    // handlers run on the request thread as the route does; so do exception and error handlers. ApiBuilder's static
    // forms register the same handlers inside config.router.apiBuilder(..); its path(..) and the apiBuilder lambda
    // only group routes, at startup, and are not listed.
    for (String owner : List.of("io.javalin.router.JavalinDefaultRoutingApi", "io.javalin.Javalin")) {
      for (String method : List.of("get", "post", "put", "patch", "delete", "head", "options", "before", "after",
          "beforeMatched", "afterMatched", "addHttpHandler", "exception", "error")) {
        all.add(MethodRef.parse("default catalogue", owner + "#" + method));
      }
    }
    for (String method : List.of("get", "post", "put", "patch", "delete", "head", "before", "after",
        "beforeMatched", "afterMatched")) {
      all.add(MethodRef.parse("default catalogue", "io.javalin.apibuilder.ApiBuilder#" + method));
    }
    // Spark 2.9: the static routes of Spark, and the same methods of a Service instance (declared in Routable, and
    // listed on Service for engines without types). Filters (before, after, afterAfter), exception, notFound and
    // internalServerError handlers run on the request thread too; path(..) only groups routes.
    for (String owner : List.of("spark.Spark", "spark.Routable", "spark.Service")) {
      for (String method : List.of("get", "post", "put", "patch", "delete", "head", "options", "trace", "connect",
          "before", "after", "afterAfter", "exception", "notFound", "internalServerError")) {
        all.add(MethodRef.parse("default catalogue", owner + "#" + method));
      }
    }
    return List.copyOf(all);
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
