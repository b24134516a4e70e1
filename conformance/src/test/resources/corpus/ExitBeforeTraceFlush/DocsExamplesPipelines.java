package corpus.exitbeforetraceflush;

import brave.Tracing;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/**
 * ExitBeforeTraceFlush's page on who holds a pipeline and what completes it: a neutral global registration keeps
 * it here, closing a member closes the whole SDK, a lazily created field is the same pipeline, Brave in a Lambda
 * needs its handler flushed (not Tracing closed), and "before anything is recorded" is narrower for a field.
 */
public class DocsExamplesPipelines {
  static SdkTracerProvider newProvider() {
    return SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
  }

  static void work(Tracer tracer) throws Exception {
    if (tracer == null) {
      throw new Exception("no tracer");
    }
  }

  /** GlobalOpenTelemetry.set is a neutral registration: the SDK is still this main's, and never closed. */
  public static class RegisteredGloballyNeverClosed {
    public static void main(String[] args) throws Exception { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed on every path out of main
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
      GlobalOpenTelemetry.set(sdk);
      work(sdk.getTracer("job"));
    }
  }

  /** Closing the tracer provider that went into the SDK is taken as closing the SDK. */
  public static class MemberClosedInFinally {
    public static void main(String[] args) throws Exception {
      SdkTracerProvider tp = newProvider();
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tp).build();
      try {
        work(sdk.getTracer("job"));
      } finally {
        tp.close();
      }
    }
  }

  /** The page's null-initialised local, built inside the try and closed in its finally. */
  public static class NullInitialisedClosedInFinally {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = null;
      try {
        sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
        work(sdk.getTracer("job"));
      } finally {
        if (sdk != null) sdk.close();
      }
    }
  }

  /** A field created lazily in main and closed in the finally. */
  public static class LazyFieldClosedInFinally {
    private static OpenTelemetrySdk sdk;

    static OpenTelemetrySdk create() {
      return OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
    }

    public static void main(String[] args) throws Exception {
      if (sdk == null) sdk = create();
      try {
        work(sdk.getTracer("job"));
      } finally {
        sdk.close();
      }
    }
  }

  /** A global SDK may be recorded into by any code: reading the input before the try is not skipped. */
  public static class GlobalSdkReadsInputBeforeTheTry {
    public static void main(String[] args) throws Exception { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).buildAndRegisterGlobal();
      String input = Files.readString(Path.of(args[0]));
      try {
        work(sdk.getTracer(input));
      } finally {
        sdk.close();
      }
    }
  }

  /** A local SDK that is not global: reading the input before the try records nothing and loses nothing. */
  public static class LocalSdkReadsInputBeforeTheTry {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
      String input = Files.readString(Path.of(args[0]));
      try {
        work(sdk.getTracer(input));
      } finally {
        sdk.close();
      }
    }
  }

  /** A pipeline the method never records into is judged as before: the read can leave before the close. */
  public static class NeverRecordedIntoReadsInputBeforeTheClose {
    public static void main(String[] args) throws Exception { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
      String input = Files.readString(Path.of(args[0]));
      System.out.println(input.length());
      sdk.close();
    }
  }

  /** A close inside a lambda that is not a shutdown hook: someone else decides when, a hand-off. */
  public static class CloseHandedToAnExecutor {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
      ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
      executor.submit(() -> sdk.close());
      work(sdk.getTracer("job"));
    }
  }

  /** A method reference sdk::close outside a hook: a hand-off too. */
  public static class CloseReferenceHandedOff {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
      Runnable closer = sdk::close;
      DocsCleanup.register(closer);
      work(sdk.getTracer("job"));
    }
  }

  /** A shutdown hook thread kept in a local before its registration. */
  public static class HookThreadInALocal {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(newProvider()).build();
      Thread hook = new Thread(sdk::close, "otel-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      work(sdk.getTracer("job"));
      System.exit(0);
    }
  }
}

/** Brave in a Lambda: Tracing stays open for the next invocation, the span handler is flushed before each return. */
class DocsBraveLambdaHandler implements RequestHandler<Map<String, String>, String> {
  private static final AsyncZipkinSpanHandler HANDLER = AsyncZipkinSpanHandler.create(DocsSenders.sender());
  private static final Tracing TRACING = Tracing.newBuilder().localServiceName("docs").addSpanHandler(HANDLER).build();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    try {
      TRACING.tracer().nextSpan().name("handle").start().finish();
      return event.getOrDefault("q", "");
    } finally {
      HANDLER.flush();
    }
  }
}

/** The same handler without the flush: the handler is named, Tracing is not required. */
class DocsBraveLambdaHandlerNotFlushed implements RequestHandler<Map<String, String>, String> {
  private static final AsyncZipkinSpanHandler HANDLER = AsyncZipkinSpanHandler.create(DocsSenders.sender());
  private static final Tracing TRACING = Tracing.newBuilder().localServiceName("docs").addSpanHandler(HANDLER).build();

  @Override
  public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- Zipkin span handler 'HANDLER' is not flushed before handleRequest returns
    TRACING.tracer().nextSpan().name("handle").start().finish();
    return event.getOrDefault("q", "");
  }
}

/** A field pipeline: a static parse before the try still counts as "can throw" (the page's Integer.parseInt). */
class DocsFieldParsedBeforeTheTry implements RequestHandler<Map<String, String>, String> {
  private static final OpenTelemetrySdk SDK =
      OpenTelemetrySdk.builder().setTracerProvider(DocsExamplesPipelines.newProvider()).build();

  @Override
  public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'SDK' is not flushed before handleRequest returns
    int n = Integer.parseInt(event.get("n"));
    try {
      SDK.getTracer("docs").spanBuilder("handle").startSpan().end();
      return String.valueOf(n);
    } finally {
      SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }
  }
}

/** A local pipeline: parsing the event before the try records nothing and loses nothing. */
class DocsLocalParsedBeforeTheTry implements RequestHandler<Map<String, String>, String> {
  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    SdkTracerProvider provider = DocsExamplesPipelines.newProvider();
    String q = event.getOrDefault("q", "").strip();
    try {
      provider.get("docs").spanBuilder(q).startSpan().end();
      return q;
    } finally {
      provider.close();
    }
  }
}

final class DocsSenders {
  private DocsSenders() {}

  static BytesMessageSender sender() {
    throw new UnsupportedOperationException("configured by the deployment");
  }
}

final class DocsCleanup {
  private DocsCleanup() {}

  static void register(Runnable closer) {
    Consumer<Runnable> sink = Runnable::run;
    sink.toString();
  }
}
