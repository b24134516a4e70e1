package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The statements UnclosedTrace's page names, one by one, between a start and the try whose finally ends the span:
 * those the page calls harmless are accepted, those it calls "can throw" leak the span.
 */
public class DocsExamplesHarmless {
  private static final Logger log = LoggerFactory.getLogger(DocsExamplesHarmless.class);
  private static final Logger L = LoggerFactory.getLogger(DocsExamplesHarmless.class);
  private final Logger logger = LoggerFactory.getLogger(DocsExamplesHarmless.class);
  private final Tracer tracer;
  private final Clock clock;
  private final Clock systemClock = Clock.systemUTC();
  private final DocsAuditTrail audit;
  private final Map<String, String> cache = new HashMap<>();
  private final DocsModelClient client;
  private final DocsRegistry registry;

  public DocsExamplesHarmless(Tracer tracer, Clock clock, DocsModelClient client, DocsRegistry registry,
      DocsAuditTrail audit) {
    this.tracer = tracer;
    this.audit = audit;
    this.clock = clock;
    this.client = client;
    this.registry = registry;
  }

  public void acceptsLogDebugBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    log.debug("calling {}", tool);
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void acceptsClockAndContextReadsBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    long started = System.nanoTime();
    Instant at = Instant.now();
    Context context = Context.current();
    Attributes attributes = Attributes.of(AttributeKey.stringKey("tool"), tool);
    Thread current = Thread.currentThread();
    try {
      client.call(tool + started + at + context + attributes + current);
    } finally {
      span.end();
    }
  }

  public void acceptsInjectedClockReadsBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    Instant at = clock.instant();
    long millis = systemClock.millis();
    try {
      client.call(tool + at + millis);
    } finally {
      span.end();
    }
  }

  public void acceptsConsolePrintBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    System.out.println("calling " + tool);
    System.err.printf("calling %s%n", tool);
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void acceptsEqualityTestsBeforeTheTry(String method, String mode, String[] args) {
    Span span = tracer.spanBuilder("request").startSpan();
    boolean get = "GET".equals(method);
    boolean dryRun = mode.equalsIgnoreCase("dry-run");
    boolean hard = args[0].equals("--hard");
    try {
      client.call(method + get + dryRun + hard);
    } finally {
      span.end();
    }
  }

  public void acceptsTextAndUnitConversionsBeforeTheTry(UUID userId, Duration timeout) {
    Span span = tracer.spanBuilder("request").startSpan();
    String user = userId.toString();
    String requestId = UUID.randomUUID().toString();
    long millis = timeout.toMillis();
    try {
      client.call(user + requestId + millis);
    } finally {
      span.end();
    }
  }

  public void acceptsEmptyCollectionsAndAtomicsBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    List<String> parts = new ArrayList<>(16);
    StringBuilder text = new StringBuilder(64);
    AtomicInteger calls = new AtomicInteger(0);
    ReentrantLock lock = new ReentrantLock(true);
    try {
      client.call(tool + parts + text + calls + lock);
    } finally {
      span.end();
    }
  }

  public void acceptsNullTestsAndMdcBeforeTheTry(String tool, String fallback) {
    Span span = tracer.spanBuilder("tool").startSpan();
    String name = Objects.requireNonNullElse(tool, "none");
    Optional<String> maybe = Optional.ofNullable(fallback);
    int limit = Math.min(name.length(), 10);
    MDC.put("tool", name);
    try {
      client.call(name + maybe + limit);
    } finally {
      span.end();
      MDC.remove("tool");
    }
  }

  public void acceptsAccessorAndSetterBeforeTheTry(DocsJob job, DocsCallContext context, String state) {
    Span span = tracer.spanBuilder("job").startSpan();
    boolean urgent = job.isUrgent();
    context.setState(state);
    try {
      client.call("job " + urgent);
    } finally {
      span.end();
    }
  }

  public void flagsThisLogDebugBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    this.logger.debug("calling {}", tool);
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void flagsGetterOfAGetterBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String name = registry.getChild().getName();
    try {
      client.call(tool + name);
    } finally {
      span.end();
    }
  }

  public void flagsGetOrDefaultBeforeTheTry(String k, String v) {
    Span span = tracer.spanBuilder("lookup").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String value = cache.getOrDefault(k, v);
    try {
      client.call(value);
    } finally {
      span.end();
    }
  }

  public void flagsUpperCaseReceiverBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Calendar shared = Calendar.getInstance();
    try {
      client.call(tool + shared.getTimeZone());
    } finally {
      span.end();
    }
  }

  public void flagsNonLoggerNameBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    audit.info("calling " + tool);
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void flagsFutureGetBeforeTheTry(Future<String> future) throws Exception {
    Span span = tracer.spanBuilder("wait").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String value = future.get();
    try {
      client.call(value);
    } finally {
      span.end();
    }
  }

  public void flagsLogArgumentThatCallsBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    log.debug("{}", client.fetch());
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void flagsShortLoggerNameBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    L.info("calling {}", tool);
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void flagsToStringOfAWorkingCallBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String fetched = client.fetch().toString();
    try {
      client.call(tool + fetched);
    } finally {
      span.end();
    }
  }

  public void flagsEqualsOnAWorkingCallBeforeTheTry(String user) {
    Span span = tracer.spanBuilder("auth").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    boolean admin = client.fetchRole(user).equals("admin");
    try {
      client.call(user + admin);
    } finally {
      span.end();
    }
  }

  public void flagsCopyOfAMapBeforeTheTry(Map<String, String> input) {
    Span span = tracer.spanBuilder("copy").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Map<String, String> copy = new HashMap<>(input);
    try {
      client.call(copy.toString());
    } finally {
      span.end();
    }
  }

  public void flagsCapacityInAVariableBeforeTheTry(int n) {
    Span span = tracer.spanBuilder("batch").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    List<String> batch = new ArrayList<>(n);
    try {
      client.call(batch.toString());
    } finally {
      span.end();
    }
  }

  public void flagsMapOfBeforeTheTry(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Map<String, String> args = Map.of("tool", tool);
    try {
      client.call(args.toString());
    } finally {
      span.end();
    }
  }

  public void acceptsRequestPathAccessorBeforeTheTry(DocsRequest request) {
    Span span = tracer.spanBuilder("request").startSpan();
    String path = request.getPath();
    try {
      client.call(path);
    } finally {
      span.end();
    }
  }

  public void acceptsIntegerToHexStringAndUuidBeforeTheTry(int code) {
    Span span = tracer.spanBuilder("request").startSpan();
    String hex = Integer.toHexString(code);
    String id = String.valueOf(UUID.randomUUID());
    try {
      client.call(hex + id);
    } finally {
      span.end();
    }
  }
}

interface DocsAuditTrail {
  void info(String message);
}

interface DocsModelClient {
  String call(String input);

  Object fetch();

  String fetchRole(String user);
}

interface DocsRegistry {
  DocsRegistry getChild();

  String getName();
}

interface DocsJob {
  boolean isUrgent();
}

interface DocsCallContext {
  void setState(String state);
}

interface DocsRequest {
  String getPath();
}
