package corpus.unboundedretry;

import java.net.PortUnreachableException;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.tcp.TcpClient;
import reactor.netty.udp.UdpClient;
import reactor.util.retry.Retry;

/**
 * A connection's outbound left open for its lifetime ({@code out.sendString(lines).neverComplete()}) streams what it
 * is given: resubscribed after a failure, it goes on with the next lines. It repeats no request and is paced by the
 * stream, so a retry of it needs neither a limit nor a wait. A one-shot send, or the connect itself, is a request.
 */
class StreamsLeftOpen {
  private final Flux<String> metricLines;

  StreamsLeftOpen(Flux<String> metricLines) {
    this.metricLines = metricLines;
  }

  UdpClient acceptsAgentLinesOverUdpWhilePortUnreachable(String host, int port) {
    return UdpClient.create()
        .host(host)
        .port(port)
        .handle((in, out) -> out.sendString(metricLines)
            .neverComplete()
            .retryWhen(Retry.indefinitely().filter(failure -> failure instanceof PortUnreachableException)));
  }

  TcpClient acceptsSpanStreamResumedAfterAnyFailure(Flux<String> encodedSpans) {
    return TcpClient.create().handle((in, out) -> out.sendString(encodedSpans).neverComplete().retry());
  }

  UdpClient flagsOneReportResentAtOnce(String report) {
    return UdpClient.create()
        .handle((in, out) -> out.sendString(Mono.just(report))
            .then()
            .retryWhen(Retry.indefinitely())); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<? extends Connection> flagsConnectRetriedWithoutEnd(TcpClient client) {
    return client.connect().retryWhen(Retry.indefinitely()); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Flux<String> flagsLinesReadAgainFromTheStart(Flux<String> lines) {
    return lines.retry(); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
  }

  Mono<? extends Connection> acceptsConnectWithBoundedBackoff(TcpClient client) {
    return client.connect().retryWhen(Retry.backoff(5, Duration.ofMillis(200)));
  }
}
