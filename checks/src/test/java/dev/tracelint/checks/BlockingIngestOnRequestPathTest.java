package dev.tracelint.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class BlockingIngestOnRequestPathTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass());

  /** The in-house SDK of the option tests: it has no artifact, so it is a hand-written stub. */
  private static final String[] AGENT_TRACER = {
    "com/example/agent/AgentTracer.java",
    """
    package com.example.agent;

    import java.util.concurrent.CompletableFuture;

    public class AgentTracer {
      public void flush() {}

      public CompletableFuture<Void> flushAsync() {
        return CompletableFuture.completedFuture(null);
      }

      public void record(String name) {}
    }
    """
  };

  /** What protoc generates for a service: a base class implementing BindableService. */
  private static final String[] GREETER_GRPC = {
    "com/example/grpc/GreeterGrpc.java",
    """
    package com.example.grpc;

    import io.grpc.BindableService;
    import io.grpc.ServerServiceDefinition;
    import io.grpc.stub.StreamObserver;

    public final class GreeterGrpc {
      public abstract static class GreeterImplBase implements BindableService {
        public void sayHello(String request, StreamObserver<String> responseObserver) {}

        @Override
        public ServerServiceDefinition bindService() {
          return null;
        }
      }
    }
    """
  };

  @Test
  void flagsForceFlushJoinInRestControllerHandler() {
    helper
        .addSourceLines(
            "CheckoutController.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class CheckoutController {
              private final SdkTracerProvider tracerProvider;

              CheckoutController(SdkTracerProvider tracerProvider) {
                this.tracerProvider = tracerProvider;
              }

              @PostMapping("/checkout")
              String checkout() {
                // BUG: Diagnostic contains: tracerProvider.forceFlush().join() blocks request handler 'checkout' until telemetry is sent: flush asynchronously or let the batch processor do it
                tracerProvider.forceFlush().join(5, TimeUnit.SECONDS);
                return "ok";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsWaitAtJoinLineOfMultiLineChain() {
    helper
        .addSourceLines(
            "Orders.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RequestMapping;

            @Controller
            @RequestMapping("/orders")
            class Orders {
              private SdkTracerProvider provider;

              @GetMapping
              String list() {
                provider
                    .shutdown()
                    // BUG: Diagnostic contains: provider.shutdown().join()
                    .join(1, TimeUnit.SECONDS);
                return "orders";
              }

              @RequestMapping("/close")
              String close() {
                // BUG: Diagnostic contains: provider.close() blocks request handler 'close'
                provider.close();
                return "closed";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsJoinOnLocalResultCode() {
    helper
        .addSourceLines(
            "Api.java",
            """
            import io.opentelemetry.sdk.common.CompletableResultCode;
            import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.DeleteMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Api {
              private BatchSpanProcessor processor;

              @DeleteMapping("/session")
              void logout() {
                CompletableResultCode result = processor.forceFlush();
                // BUG: Diagnostic contains: result.join() blocks request handler 'logout'
                result.join(2, TimeUnit.SECONDS);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsThroughMetaAnnotatedMappingAndStereotype() {
    helper
        .addSourceLines(
            "Meta.java",
            """
            import io.opentelemetry.sdk.OpenTelemetrySdk;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import org.springframework.web.bind.annotation.RequestMapping;
            import org.springframework.web.bind.annotation.RequestMethod;
            import org.springframework.web.bind.annotation.RestController;

            @Retention(RetentionPolicy.RUNTIME)
            @RequestMapping(method = RequestMethod.GET)
            @interface JsonGet {}

            @Retention(RetentionPolicy.RUNTIME)
            @RestController
            @interface ApiController {}

            @ApiController
            class Meta {
              private OpenTelemetrySdk sdk;

              @JsonGet
              String status() {
                // BUG: Diagnostic contains: sdk.close() blocks request handler 'status'
                sdk.close();
                return "up";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsJaxRsResourcesInBothNamespaces() {
    helper
        .addSourceLines(
            "Resources.java",
            """
            import io.sentry.IScopes;
            import io.sentry.Sentry;

            @jakarta.ws.rs.Path("/a")
            class JakartaResource {
              @jakarta.ws.rs.GET
              String get() {
                // BUG: Diagnostic contains: Sentry.flush() blocks request handler 'get'
                Sentry.flush(2000);
                return "a";
              }
            }

            class JavaxResource {
              private IScopes scopes;

              @javax.ws.rs.Path("/sub")
              Object locate() {
                // BUG: Diagnostic contains: scopes.flush() blocks request handler 'locate'
                scopes.flush(1000);
                return this;
              }

              @javax.ws.rs.PATCH
              void patch() {
                // BUG: Diagnostic contains: getCurrentHub().flush()
                Sentry.getCurrentHub().flush(1000);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsServletsFiltersAndInterceptors() {
    helper
        .addSourceLines(
            "Web.java",
            """
            import brave.Tracing;
            import io.opentelemetry.sdk.OpenTelemetrySdk;
            import jakarta.servlet.FilterChain;
            import jakarta.servlet.ServletRequest;
            import jakarta.servlet.ServletResponse;
            import jakarta.servlet.http.HttpServlet;
            import jakarta.servlet.http.HttpServletRequest;
            import jakarta.servlet.http.HttpServletResponse;
            import org.springframework.web.servlet.HandlerInterceptor;
            import zipkin2.reporter.AsyncReporter;

            class ExportServlet extends HttpServlet {
              private OpenTelemetrySdk sdk;

              @Override
              protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                // BUG: Diagnostic contains: sdk.close() blocks request handler 'doPost'
                sdk.close();
              }
            }

            class LegacyServlet extends javax.servlet.http.HttpServlet {
              private Tracing tracing;

              @Override
              protected void service(javax.servlet.http.HttpServletRequest req, javax.servlet.http.HttpServletResponse resp) {
                // BUG: Diagnostic contains: tracing.close()
                tracing.close();
              }
            }

            class ReportingFilter implements jakarta.servlet.Filter {
              private AsyncReporter<?> reporter;

              @Override
              public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) {
                // BUG: Diagnostic contains: reporter.flush() blocks request handler 'doFilter'
                reporter.flush();
              }
            }

            class TracingInterceptor implements HandlerInterceptor {
              private Tracing tracing;

              @Override
              public void afterCompletion(HttpServletRequest req, HttpServletResponse resp, Object handler, Exception ex) {
                // BUG: Diagnostic contains: tracing.close() blocks request handler 'afterCompletion'
                tracing.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsMicronautAndGrpcHandlers() {
    helper
        .addSourceLines(GREETER_GRPC[0], GREETER_GRPC[1])
        .addSourceLines(
            "Services.java",
            """
            import com.example.grpc.GreeterGrpc;
            import io.grpc.stub.StreamObserver;
            import io.micrometer.core.instrument.MeterRegistry;
            import io.micronaut.http.annotation.Controller;
            import io.micronaut.http.annotation.Get;
            import io.opentelemetry.sdk.trace.data.SpanData;
            import io.opentelemetry.sdk.trace.export.SpanExporter;
            import java.util.List;
            import java.util.concurrent.TimeUnit;

            @Controller("/metrics")
            class MetricsController {
              private MeterRegistry registry;

              @Get
              String metrics() {
                // BUG: Diagnostic contains: registry.close() blocks request handler 'metrics'
                registry.close();
                return "";
              }
            }

            class GreeterService extends GreeterGrpc.GreeterImplBase {
              private SpanExporter exporter;
              private List<SpanData> pending;

              @Override
              public void sayHello(String request, StreamObserver<String> responseObserver) {
                // BUG: Diagnostic contains: exporter.export().join() blocks request handler 'sayHello'
                exporter.export(pending).join(3, TimeUnit.SECONDS);
                responseObserver.onCompleted();
              }

              public void notAServiceMethod(String request) {
                exporter.export(pending).join(3, TimeUnit.SECONDS);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsHandlerCallIntoBlockingPrivateOrFinalHelper() {
    helper
        .addSourceLines(
            "Checkout.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Checkout {
              private SdkTracerProvider provider;

              @PostMapping("/pay")
              String pay() {
                charge();
                // BUG: Diagnostic contains: flushTraces() reaches provider.forceFlush().join(), which blocks request handler 'pay'
                flushTraces();
                return "paid";
              }

              @PostMapping("/refund")
              String refund() {
                // BUG: Diagnostic contains: audit() reaches provider.close(), which blocks request handler 'refund'
                this.audit();
                return "refunded";
              }

              private void charge() {}

              private void flushTraces() {
                provider.forceFlush().join(5, TimeUnit.SECONDS);
              }

              final void audit() {
                record();
              }

              private void record() {
                shutdownNow();
              }

              private void shutdownNow() {
                provider.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void followsEveryMethodOfAFinalClassAndLambdasRunInPlace() {
    helper
        .addSourceLines(
            "Batch.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.List;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            final class Batch {
              private List<SdkTracerProvider> providers;

              @PostMapping("/batch")
              void batch() {
                // BUG: Diagnostic contains: flushAll() reaches p.forceFlush().join(), which blocks request handler 'batch'
                flushAll();
              }

              @PostMapping("/each")
              void each() {
                // BUG: Diagnostic contains: p.forceFlush().join() blocks request handler 'each'
                providers.forEach(p -> p.forceFlush().join(1, TimeUnit.SECONDS));
              }

              public void flushAll() {
                providers.forEach(p -> p.forceFlush().join(1, TimeUnit.SECONDS));
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsConfiguredInHouseCallsAndWaitsOnTheirFutures() throws Exception {
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .setArgs("-XepOpt:BlockingIngestOnRequestPath:BlockingCalls=com.example.agent.AgentTracer#flush,"
            + "com.example.agent.AgentTracer#flushAsync")
        .addSourceLines(AGENT_TRACER[0], AGENT_TRACER[1])
        .addSourceLines(
            "AgentController.java",
            """
            import com.example.agent.AgentTracer;
            import java.util.concurrent.CompletableFuture;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class AgentController {
              private AgentTracer tracer;

              @PostMapping("/ask")
              String ask() throws Exception {
                tracer.record("ask");
                // BUG: Diagnostic contains: tracer.flush() blocks request handler 'ask'
                tracer.flush();
                // BUG: Diagnostic contains: tracer.flushAsync().get() blocks request handler 'ask'
                tracer.flushAsync().get();
                CompletableFuture<Void> pending = tracer.flushAsync();
                // BUG: Diagnostic contains: pending.join() blocks request handler 'ask'
                pending.join();
                return "answer";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsConfiguredAsyncCallNotWaitedOnAndUnrelatedJoins() {
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .setArgs("-XepOpt:BlockingIngestOnRequestPath:BlockingCalls=com.example.agent.AgentTracer#flushAsync")
        .addSourceLines(AGENT_TRACER[0], AGENT_TRACER[1])
        .addSourceLines(
            "FireAndForget.java",
            """
            import com.example.agent.AgentTracer;
            import java.util.concurrent.CompletableFuture;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class FireAndForget {
              private AgentTracer tracer;

              @PostMapping("/fire")
              String fire() {
                tracer.flushAsync();
                CompletableFuture<Void> kept = tracer.flushAsync();
                CompletableFuture.supplyAsync(() -> "x").join();
                return "ok";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsMethodsOfConfiguredHandlerAnnotations() {
    CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
        .setArgs("-XepOpt:BlockingIngestOnRequestPath:HandlerAnnotations=com.example.web.Route")
        .addSourceLines(
            "com/example/web/Route.java",
            """
            package com.example.web;

            public @interface Route {
              String value();
            }
            """)
        .addSourceLines(
            "Routes.java",
            """
            import com.example.web.Route;
            import io.sentry.Sentry;

            class Routes {
              @Route("/ping")
              String ping() {
                // BUG: Diagnostic contains: Sentry.flush() blocks request handler 'ping'
                Sentry.flush(500);
                return "pong";
              }

              String notARoute() {
                Sentry.flush(500);
                return "";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsImplementationOfAnnotatedInterfaceMethod() {
    helper
        .addSourceLines(
            "PetApi.java",
            """
            import io.sentry.Sentry;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            interface PetApi {
              @GetMapping("/pets")
              String listPets();
            }

            @RestController
            class PetController implements PetApi {
              @Override
              public String listPets() {
                // BUG: Diagnostic contains: Sentry.flush() blocks request handler 'listPets'
                Sentry.flush(1000);
                return "[]";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsFlushOrShutdownThatIsNotWaitedOn() {
    helper
        .addSourceLines(
            "Fine.java",
            """
            import io.opentelemetry.sdk.common.CompletableResultCode;
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import io.opentelemetry.sdk.trace.SpanProcessor;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Fine {
              private SdkTracerProvider provider;
              private SpanProcessor processor;

              @PostMapping("/done")
              String done() {
                provider.forceFlush();
                CompletableResultCode result = processor.forceFlush();
                result.whenComplete(() -> {});
                processor.shutdown().whenComplete(() -> {});
                return "done";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsCloseInPreDestroy() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @jakarta.annotation.PreDestroy
              void stop() {
                provider.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsJoinedFlushInScheduledJob() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @org.springframework.scheduling.annotation.Scheduled(fixedRate = 60000)
              void periodicFlush() {
                provider.forceFlush().join(10, TimeUnit.SECONDS);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsFlushInMain() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              public static void main(String[] args) {
                SdkTracerProvider provider = SdkTracerProvider.builder().build();
                provider.forceFlush().join(10, TimeUnit.SECONDS);
                provider.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsCloseInShutdownHookRegisteredByHandler() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @GetMapping("/hook")
              String registerHook() {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> provider.close()));
                return "ok";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsJoinedFlushInRunAsyncAndSupplyAsync() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @GetMapping("/async")
              String async() {
                java.util.concurrent.CompletableFuture.runAsync(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
                java.util.concurrent.CompletableFuture.supplyAsync(() -> provider.shutdown().join(5, TimeUnit.SECONDS));
                return "queued";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsCloseHandedToExecutorAsLambdaOrAnonymousClass() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;
              private java.util.concurrent.ExecutorService executor;

              @GetMapping("/executor")
              String executor() {
                executor.execute(() -> provider.close());
                executor.submit(new Runnable() {
                  @Override
                  public void run() {
                    provider.close();
                  }
                });
                return "queued";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsCloseOnNewThread() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @GetMapping("/thread")
              String thread() {
                new Thread(provider::close).start();
                new Thread(() -> provider.forceFlush().join(1, TimeUnit.SECONDS)).start();
                return "started";
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsCodeOutsideHandlers() {
    helper
        .addSourceLines(
            "Plain.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.stereotype.Service;
            import org.springframework.web.bind.annotation.GetMapping;

            @Service
            class TelemetryService {
              private SdkTracerProvider provider;

              void flushNow() {
                provider.forceFlush().join(5, TimeUnit.SECONDS);
              }
            }

            class NotAController {
              private SdkTracerProvider provider;

              @GetMapping("/x")
              String looksLikeAHandler() {
                provider.close();
                return "";
              }
            }
            """)
        .doTest();
  }

  @Test
  void doesNotFollowPublicNonFinalHelper() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @GetMapping("/overridable")
              String overridable() {
                flushPublic();
                return "";
              }

              public void flushPublic() {
                provider.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void doesNotFollowHelperOnAnotherInstance() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;
              private Ctl other;

              @GetMapping("/other")
              String onOtherInstance() {
                other.flushPrivate();
                return "";
              }

              private void flushPrivate() {
                provider.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void doesNotFollowHelpersBeyondThreeCallsOrRecursion() {
    helper
        .addSourceLines(
            "Ctl.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Ctl {
              private SdkTracerProvider provider;


              @GetMapping("/deep")
              String deep() {
                level1();
                recursive();
                return "";
              }

              private void level1() {
                level2();
              }

              private void level2() {
                level3();
              }

              private void level3() {
                level4();
              }

              private void level4() {
                provider.close();
              }

              private void recursive() {
                recursive();
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsTestCode() {
    helper
        .addSourceLines(
            "ControllerFixture.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import org.junit.jupiter.api.Test;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            class ControllerFixture {
              @RestController
              static class StubController {
                SdkTracerProvider provider;

                @GetMapping("/t")
                String t() {
                  provider.close();
                  return "";
                }
              }

              @Test
              void servesTraces() {}
            }
            """)
        .doTest();
  }

  @Test
  void honoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Admin.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class Admin {
              private SdkTracerProvider provider;

              @SuppressWarnings("BlockingIngestOnRequestPath")
              @PostMapping("/internal/flush")
              String flush() {
                provider.forceFlush().join(30, TimeUnit.SECONDS);
                return "flushed";
              }
            }
            """)
        .doTest();
  }

  @Test
  void survivesJava17Syntax() {
    helper
        .addSourceLines(
            "Modern.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.List;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            sealed interface Shape permits Circle, Square {}

            record Circle(double radius) implements Shape {}

            record Square(double side) implements Shape {}

            @RestController
            record ModernController(SdkTracerProvider provider) {
              @GetMapping("/area")
              String area(Object shape) {
                String doc = \"""
                    area of a shape
                    \""";
                String kind = shape instanceof Circle c ? "circle" : "other";
                double area = switch (kind) {
                  case "circle" -> Math.PI;
                  default -> {
                    if (shape instanceof Square s && s.side() > 0) {
                      // BUG: Diagnostic contains: provider.forceFlush().join() blocks request handler 'area'
                      provider.forceFlush().join(1, TimeUnit.SECONDS);
                      yield s.side() * s.side();
                    }
                    yield 0;
                  }
                };
                class Local {
                  void run() {
                    provider.close();
                  }
                }
                Runnable r = () -> provider.close();
                return doc + first(List.of(area));
              }

              // BUG: Diagnostic contains: describe() reaches provider.close()
              @GetMapping("/describe") String d() { return describe(); }

              String describe() {
                provider.close();
                return "";
              }

              private static <T> T first(List<T> values) {
                return values.get(0);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsClosingAScratchSimpleMeterRegistry() {
    helper
        .addSourceLines(
            "DiagnosticsController.java",
            """
            import io.micrometer.core.instrument.MeterRegistry;
            import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class DiagnosticsController {
              @GetMapping("/self-test")
              String selfTest() {
                MeterRegistry scratch = new SimpleMeterRegistry();
                try {
                  scratch.counter("self.test").increment();
                  return "ok";
                } finally {
                  scratch.close();
                }
              }

              @GetMapping("/self-test-2")
              String selfTest2() {
                SimpleMeterRegistry scratch = new SimpleMeterRegistry();
                scratch.close();
                return "ok";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsClosingTheApplicationsMeterRegistryThroughALocal() {
    helper
        .addSourceLines(
            "MetricsController.java",
            """
            import io.micrometer.core.instrument.MeterRegistry;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class MetricsController {
              private final MeterRegistry registry;

              MetricsController(MeterRegistry registry) {
                this.registry = registry;
              }

              @PostMapping("/metrics/stop")
              String stop() {
                MeterRegistry current = registry;
                // BUG: Diagnostic contains: current.close() blocks request handler 'stop'
                current.close();
                return "stopped";
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsFunctionalHandlerFunctionClass() {
    helper
        .addSourceLines(
            "AskHandler.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.servlet.function.HandlerFunction;
            import org.springframework.web.servlet.function.ServerRequest;
            import org.springframework.web.servlet.function.ServerResponse;

            final class AskHandler implements HandlerFunction<ServerResponse> {
              private final SdkTracerProvider provider;

              AskHandler(SdkTracerProvider provider) {
                this.provider = provider;
              }

              @Override
              public ServerResponse handle(ServerRequest request) {
                // BUG: Diagnostic contains: provider.forceFlush().join() blocks request handler 'handle'
                provider.forceFlush().join(10, TimeUnit.SECONDS);
                return ServerResponse.ok().body("answer");
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsHandleMethodsOutsideHandlerFunctions() {
    helper
        .addSourceLines(
            "CommandBus.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.servlet.function.HandlerFunction;
            import org.springframework.web.servlet.function.ServerRequest;
            import org.springframework.web.servlet.function.ServerResponse;

            class CommandBus {
              private SdkTracerProvider provider;

              public void handle(String command) {
                provider.forceFlush().join(10, TimeUnit.SECONDS);
              }
            }

            final class AskHandler implements HandlerFunction<ServerResponse> {
              private SdkTracerProvider provider;

              @Override
              public ServerResponse handle(ServerRequest request) {
                provider.forceFlush();
                return ServerResponse.ok().body("answer");
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsMicronautHttpServerFilter() {
    helper
        .addSourceLines(
            "FlushFilter.java",
            """
            import io.micronaut.http.HttpRequest;
            import io.micronaut.http.MutableHttpResponse;
            import io.micronaut.http.filter.HttpServerFilter;
            import io.micronaut.http.filter.ServerFilterChain;
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.reactivestreams.Publisher;

            class FlushFilter implements HttpServerFilter {
              private SdkTracerProvider provider;

              @Override
              public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
                // BUG: Diagnostic contains: provider.forceFlush().join() blocks request handler 'doFilter'
                provider.forceFlush().join(5, TimeUnit.SECONDS);
                return chain.proceed(request);
              }

              @Override
              public int getOrder() {
                provider.forceFlush().join(5, TimeUnit.SECONDS);
                return 0;
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsGenericFilterBeanAndHttpFilterSubclasses() {
    helper
        .addSourceLines(
            "Filters.java",
            """
            import io.sentry.Sentry;
            import io.opentelemetry.sdk.trace.export.SpanExporter;
            import jakarta.servlet.FilterChain;
            import jakarta.servlet.ServletException;
            import jakarta.servlet.ServletRequest;
            import jakarta.servlet.ServletResponse;
            import jakarta.servlet.http.HttpFilter;
            import jakarta.servlet.http.HttpServletRequest;
            import jakarta.servlet.http.HttpServletResponse;
            import java.io.IOException;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.filter.GenericFilterBean;

            class SentryFlushFilterBean extends GenericFilterBean {
              @Override
              public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                  throws IOException, ServletException {
                chain.doFilter(request, response);
                // BUG: Diagnostic contains: Sentry.flush() blocks request handler 'doFilter'
                Sentry.flush(2000);
              }

              @Override
              public void destroy() {
                Sentry.flush(2000);
              }
            }

            class AuditHttpFilter extends HttpFilter {
              private SpanExporter exporter;

              @Override
              protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws IOException, ServletException {
                chain.doFilter(request, response);
                // BUG: Diagnostic contains: exporter.flush().join() blocks request handler 'doFilter'
                exporter.flush().join(3, TimeUnit.SECONDS);
              }

              @Override
              public void init() {
                exporter.flush().join(3, TimeUnit.SECONDS);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsWebRequestInterceptor() {
    helper
        .addSourceLines(
            "TraceInterceptor.java",
            """
            import io.sentry.Sentry;
            import org.springframework.ui.ModelMap;
            import org.springframework.web.context.request.WebRequest;
            import org.springframework.web.context.request.WebRequestInterceptor;

            class TraceInterceptor implements WebRequestInterceptor {
              @Override
              public void preHandle(WebRequest request) {}

              @Override
              public void postHandle(WebRequest request, ModelMap model) {}

              @Override
              public void afterCompletion(WebRequest request, Exception ex) {
                // BUG: Diagnostic contains: Sentry.flush() blocks request handler 'afterCompletion'
                Sentry.flush(1000);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsFlushInLifecycleCallbacksOfWebComponents() {
    helper
        .addSourceLines(
            "Lifecycle.java",
            """
            import io.opentelemetry.sdk.OpenTelemetrySdk;
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import java.util.concurrent.TimeUnit;
            import org.springframework.beans.factory.DisposableBean;
            import org.springframework.context.ApplicationListener;
            import org.springframework.context.SmartLifecycle;
            import org.springframework.context.event.ContextClosedEvent;
            import org.springframework.context.event.EventListener;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            class TracedController implements DisposableBean, ApplicationListener<ContextClosedEvent> {
              private SdkTracerProvider provider;

              @GetMapping("/ping")
              String ping() {
                return "pong";
              }

              @Override
              public void destroy() {
                provider.close();
              }

              @Override
              public void onApplicationEvent(ContextClosedEvent event) {
                provider.forceFlush().join(10, TimeUnit.SECONDS);
              }

              @EventListener(ContextClosedEvent.class)
              public void onClose() {
                provider.shutdown().join(10, TimeUnit.SECONDS);
              }
            }

            final class TracingLifecycle implements SmartLifecycle {
              private OpenTelemetrySdk sdk;
              private volatile boolean running;

              @Override
              public void start() {
                running = true;
              }

              @Override
              public void stop() {
                sdk.close();
                running = false;
              }

              @Override
              public boolean isRunning() {
                return running;
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsServerlessHandlerThatFlushesBeforeReturning() {
    helper
        .addSourceLines(
            "SqsHandler.java",
            """
            import io.sentry.Sentry;
            import io.opentelemetry.sdk.OpenTelemetrySdk;
            import java.util.List;
            import java.util.concurrent.TimeUnit;

            interface RequestHandler<I, O> {
              O handleRequest(I input, Object context);
            }

            class SqsHandler implements RequestHandler<List<String>, String> {
              private OpenTelemetrySdk sdk;

              @Override
              public String handleRequest(List<String> messages, Object context) {
                try {
                  return "ok";
                } finally {
                  Sentry.flush(5000);
                  sdk.getSdkTracerProvider().forceFlush().join(1, TimeUnit.SECONDS);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsOverloadsThatOnlyShareTheHandlerMethodName() {
    helper
        .addSourceLines(
            "Overloads.java",
            """
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import jakarta.servlet.http.HttpServlet;
            import java.util.concurrent.TimeUnit;
            import org.springframework.web.servlet.function.HandlerFunction;
            import org.springframework.web.servlet.function.ServerRequest;
            import org.springframework.web.servlet.function.ServerResponse;

            final class AskHandler implements HandlerFunction<ServerResponse> {
              private SdkTracerProvider provider;

              @Override
              public ServerResponse handle(ServerRequest request) {
                return ServerResponse.ok().body("answer");
              }

              void handle(String command) {
                provider.forceFlush().join(10, TimeUnit.SECONDS);
              }
            }

            class ReportServlet extends HttpServlet {
              private SdkTracerProvider provider;

              public void doGet(String offlineReport) {
                provider.forceFlush().join(10, TimeUnit.SECONDS);
              }
            }
            """)
        .doTest();
  }

  @Test
  void flagsHandlerAtItsCallIntoAPrivateOverloadOfItsName() {
    helper
        .addSourceLines(
            "UnwrappingFilter.java",
            """
            import io.sentry.Sentry;
            import jakarta.servlet.Filter;
            import jakarta.servlet.FilterChain;
            import jakarta.servlet.ServletException;
            import jakarta.servlet.ServletRequest;
            import jakarta.servlet.ServletResponse;
            import jakarta.servlet.http.HttpServletRequest;
            import jakarta.servlet.http.HttpServletResponse;
            import java.io.IOException;

            class UnwrappingFilter implements Filter {
              @Override
              public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                  throws IOException, ServletException {
                // BUG: Diagnostic contains: doFilter() reaches Sentry.flush(), which blocks request handler 'doFilter'
                doFilter((HttpServletRequest) request, (HttpServletResponse) response, chain);
              }

              private void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws IOException, ServletException {
                chain.doFilter(request, response);
                Sentry.flush(1000);
              }
            }
            """)
        .doTest();
  }

  @Test
  void acceptsFilterSubclassesThatOnlyRequestOrOffloadAFlush() {
    helper
        .addSourceLines(
            "Filters.java",
            """
            import io.micronaut.http.HttpRequest;
            import io.micronaut.http.MutableHttpResponse;
            import io.micronaut.http.filter.HttpServerFilter;
            import io.micronaut.http.filter.ServerFilterChain;
            import io.opentelemetry.sdk.trace.SdkTracerProvider;
            import io.sentry.Sentry;
            import jakarta.servlet.FilterChain;
            import jakarta.servlet.ServletException;
            import jakarta.servlet.ServletRequest;
            import jakarta.servlet.ServletResponse;
            import java.io.IOException;
            import java.util.concurrent.CompletableFuture;
            import org.reactivestreams.Publisher;
            import org.springframework.web.filter.GenericFilterBean;

            class RequestingFilterBean extends GenericFilterBean {
              private SdkTracerProvider provider;

              @Override
              public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                  throws IOException, ServletException {
                chain.doFilter(request, response);
                provider.forceFlush();
              }
            }

            class OffloadingServerFilter implements HttpServerFilter {
              @Override
              public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
                CompletableFuture.runAsync(() -> Sentry.flush(2000));
                return chain.proceed(request);
              }
            }
            """)
        .doTest();
  }

  @Test
  void failsTheCompilationWithAMessageNamingTheMalformedEntry() {
    AssertionError failure = assertThrows(AssertionError.class, () ->
        CompilationTestHelper.newInstance(BlockingIngestOnRequestPath.class, getClass())
            .setArgs("-XepOpt:BlockingIngestOnRequestPath:BlockingCalls=com.example.agent.AgentTracer.flush")
            .addSourceLines("A.java", "class A {}")
            .expectNoDiagnostics()
            .doTest());
    String message = failure.getMessage();
    assertTrue(message.contains("error: [BlockingIngestOnRequestPath]"), message);
    assertTrue(message.contains("BlockingIngestOnRequestPath:BlockingCalls"), message);
    assertTrue(message.contains("'com.example.agent.AgentTracer.flush'"), message);
    assertFalse(message.contains("An exception has occurred in the compiler"), message);
  }
}
