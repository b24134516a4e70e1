package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UnclosedTrace's page, step 5 (which uses of the holder hand it off), step 2's assignments in both branches and
 * the getters the harmless model excludes by name, written as the page writes them.
 */
public class DocsExamplesUses {
  private static final Logger log = LoggerFactory.getLogger(DocsExamplesUses.class);

  private final Tracer tracer;
  private final DocsWorker worker;
  private Scope scope;

  public DocsExamplesUses(Tracer tracer, DocsWorker worker) {
    this.tracer = tracer;
    this.worker = worker;
  }

  public void flagsSpanOnlyLoggedThenAThrowingCall() {
    Span x = tracer.spanBuilder("work").startSpan(); // tracelint-expect: UnclosedTrace
    log.debug("started {}", x);
    worker.work();
    x.end();
  }

  public void flagsSpanOnlyConcatenatedThenAThrowingCall() {
    Span x = tracer.spanBuilder("work").startSpan(); // tracelint-expect: UnclosedTrace
    String msg = "span " + x;
    msg += x;
    worker.note(msg);
    x.end();
  }

  public void flagsSpanOnlyGivenToStringValueOf() {
    Span x = tracer.spanBuilder("work").startSpan(); // tracelint-expect: UnclosedTrace
    String text = String.valueOf(x);
    worker.note(text);
    x.end();
  }

  public void acceptsSpanAddedToAList(List<Span> open) {
    Span x = tracer.spanBuilder("work").startSpan();
    open.add(x);
    worker.work();
  }

  public void acceptsSpanGivenToAConstructor() {
    Span x = tracer.spanBuilder("work").startSpan();
    DocsSpanHolder holder = new DocsSpanHolder(x);
    worker.work();
    holder.toString();
  }

  public Span[] acceptsSpanInAnArrayInitializer() {
    Span x = tracer.spanBuilder("work").startSpan();
    Span[] spans = {x};
    worker.work();
    return spans;
  }

  public void acceptsSpanAssignedToAnotherVariable() {
    Span x = tracer.spanBuilder("work").startSpan();
    Span y = x;
    worker.work();
    y.end();
  }

  public void acceptsScopeStoredInAField() {
    Span span = tracer.spanBuilder("enter").startSpan();
    this.scope = span.makeCurrent();
  }

  public void flagsContextScopeDroppedAndSpanLeaked() {
    Span x = tracer.spanBuilder("work").startSpan(); // tracelint-expect: UnclosedTrace
    Context.current().with(x).makeCurrent(); // tracelint-expect: UnclosedTrace
    worker.work();
    x.end();
  }

  public void flagsBothStartsOfAnIfElseBeforeAThrowingCall(boolean c) {
    Span x;
    if (c) {
      x = tracer.spanBuilder("a").startSpan(); // tracelint-expect: UnclosedTrace
    } else {
      x = tracer.spanBuilder("b").startSpan(); // tracelint-expect: UnclosedTrace
    }
    worker.work();
    x.end();
  }

  public void acceptsBothStartsOfAnIfElseEndedInAFinally(boolean c) {
    Span x;
    if (c) {
      x = tracer.spanBuilder("a").startSpan();
    } else {
      x = tracer.spanBuilder("b").startSpan();
    }
    try {
      worker.work();
    } finally {
      x.end();
    }
  }

  public void acceptsEndOnTheNormalPathAndInACatchOfThrowable() throws Throwable {
    Span span = tracer.spanBuilder("work").startSpan();
    try {
      worker.work();
      span.end();
    } catch (Throwable t) {
      span.recordException(t);
      span.end();
      throw t;
    }
  }

  public void acceptsEndUnderANullTest() {
    Span x = tracer.spanBuilder("work").startSpan();
    if (x != null) x.end();
  }

  public void flagsSessionGetterBeforeTheTry(HttpServletRequest request) {
    Span span = tracer.spanBuilder("request").startSpan(); // tracelint-expect: UnclosedTrace
    HttpSession session = request.getSession();
    try {
      worker.note(session.getId());
    } finally {
      span.end();
    }
  }

  public void flagsResultGetterBeforeTheTry(DocsJobRun job) {
    Span span = tracer.spanBuilder("job").startSpan(); // tracelint-expect: UnclosedTrace
    String result = job.getResult();
    try {
      worker.note(result);
    } finally {
      span.end();
    }
  }

  public void acceptsSizeOfAnAccessorBeforeTheTry(DocsQuery query) {
    Span span = tracer.spanBuilder("search").startSpan();
    int chars = query.getText().length();
    try {
      worker.note("chars " + chars);
    } finally {
      span.end();
    }
  }

  public void flagsSizeOfASearchBeforeTheTry(DocsIndex index, DocsQuery query) {
    Span span = tracer.spanBuilder("search").startSpan(); // tracelint-expect: UnclosedTrace
    int hits = index.search(query).size();
    try {
      worker.note("hits " + hits);
    } finally {
      span.end();
    }
  }
}

interface DocsWorker {
  void work();

  void note(String text);
}

final class DocsSpanHolder {
  private final Span span;

  DocsSpanHolder(Span span) {
    this.span = span;
  }

  @Override
  public String toString() {
    return "holder of " + span;
  }
}

interface DocsJobRun {
  String getResult();
}

interface DocsQuery {
  String getText();
}

interface DocsIndex {
  List<String> search(DocsQuery query);
}
