package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A data source wrapper: a span covers the time a connection is borrowed, from {@code getConnection} to the
 * connection's {@code close()}, which a proxy intercepts. A failed borrow ends the span at once.
 */
class RealisticPairedDataSourceWrapper {
  interface ConnectionSource {
    Connection getConnection() throws SQLException;
  }

  private final ConnectionSource delegate;
  private final Tracer tracer;

  RealisticPairedDataSourceWrapper(ConnectionSource delegate, Tracer tracer) {
    this.delegate = delegate;
    this.tracer = tracer;
  }

  Connection getConnection() throws SQLException {
    Span span = tracer.spanBuilder("db.connection").setSpanKind(SpanKind.CLIENT).startSpan();
    Connection connection;
    try {
      connection = delegate.getConnection();
    } catch (SQLException | RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      span.end();
      throw e;
    }
    return endOnClose(connection, span);
  }

  private static Connection endOnClose(Connection connection, Span span) {
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (!"close".equals(method.getName())) {
            return method.invoke(connection, args);
          }
          try {
            return method.invoke(connection, args);
          } finally {
            span.end();
          }
        });
  }
}
