package corpus.unclosedtrace;

import corpus.unclosedtrace.beans.Assembler;
import corpus.unclosedtrace.beans.Channel;
import corpus.unclosedtrace.beans.Exchange;
import corpus.unclosedtrace.beans.Listeners;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * JavaBean setters and getters, and a builder's {@code build()}, between a start and the try: they store and read
 * fields, or fail only on a programming error. A setter or getter that declares a checked exception (JDBC, a URL
 * connection) says it can fail: every engine resolves the JDK's methods and sees that; a library's only the engines
 * with types see (PMD without an auxclasspath judges the shape alone). An argument that is not
 * harmless (a factory of another class) keeps the call harmful.
 */
public final class JavaBeansAndBuildersBeforeTheTry {
  private final Tracer tracer;
  private final Exchange exchange = new Exchange();

  public JavaBeansAndBuildersBeforeTheTry(Tracer tracer) {
    this.tracer = tracer;
  }

  public void acceptsSetterAndGetterOfABean(Exchange context, Object state, Runnable call) {
    Span span = tracer.spanBuilder("exchange").startSpan();
    context.setState(state);
    Exchange.Listener listener = context.getListener();
    try {
      call.run();
      listener.completed(state);
    } finally {
      span.end();
    }
  }

  public void acceptsSetterOnAFieldWithAnUnqualifiedGetter(Exchange.Listener replacement, Runnable call) {
    Span span = tracer.spanBuilder("exchange").startSpan();
    Exchange.Listener previous = getListener();
    if (previous != null) {
      exchange.setListener(replacement);
    }
    try {
      call.run();
    } finally {
      exchange.setListener(previous);
      span.end();
    }
  }

  public HttpResponse<String> acceptsBuilderBuild(HttpClient client, URI uri) throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("accept", "application/json");
    Span span = tracer.spanBuilder("fetch").startSpan();
    HttpRequest request = builder.build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } finally {
      span.end();
    }
  }

  public void flagsSetterGivenAFactoryOfAnotherClass(Exchange context, Exchange.Listener listener, Runnable call) {
    Span span = tracer.spanBuilder("exchange").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    context.setListener(Listeners.wrap(listener, "exchange"));
    try {
      call.run();
    } finally {
      span.end();
    }
  }

  public Object flagsBuildOnSomethingThatIsNotABuilder(Assembler assembler, Runnable call) {
    Span span = tracer.spanBuilder("assemble").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Object parts = assembler.build();
    try {
      call.run();
      return parts;
    } finally {
      span.end();
    }
  }

  public void flagsSetterThatDeclaresACheckedException(Connection connection, Runnable call) throws SQLException {
    Span span = tracer.spanBuilder("transaction").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    connection.setAutoCommit(false);
    try {
      call.run();
    } finally {
      span.end();
    }
  }

  public void flagsGetterThatDeclaresACheckedException(Connection connection, Runnable call) throws SQLException {
    Span span = tracer.spanBuilder("schema").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    DatabaseMetaData metaData = connection.getMetaData();
    try {
      call.run();
      span.setAttribute("db", metaData.getDatabaseProductName());
    } finally {
      span.end();
    }
  }

  public void flagsConnectionSetterThatDeclaresACheckedException(HttpURLConnection connection) throws IOException {
    Span span = tracer.spanBuilder("post").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    connection.setRequestMethod("POST");
    try {
      connection.connect();
    } finally {
      span.end();
    }
  }

  public void flagsLibrarySetterThatDeclaresACheckedExceptionWithTypes(Channel channel) throws IOException {
    Span span = tracer.spanBuilder("send").startSpan(); // tracelint-expect-with-types: UnclosedTrace -- span 'span'
    channel.setMode("binary");
    try {
      channel.send("hello");
    } finally {
      span.end();
    }
  }

  public void acceptsConnectionSetterThatDeclaresNone(HttpURLConnection connection) throws IOException {
    Span span = tracer.spanBuilder("get").startSpan();
    connection.setConnectTimeout(1000);
    try {
      connection.connect();
    } finally {
      span.end();
    }
  }

  public Exchange.Listener getListener() {
    return exchange.getListener();
  }
}
