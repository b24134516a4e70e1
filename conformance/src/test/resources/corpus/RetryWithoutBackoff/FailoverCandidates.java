package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loop whose round takes its target from a helper of the class that hands out the next candidate (a port taken
 * from a deque and put back last, a server picked round-robin by a counter), or whose catch records the picked
 * target as failed in the object's state so the next pick avoids it, steps through candidates: the next round is
 * not the same request. A helper that returns the same target, a target read from configuration, or a catch that
 * only logs the target is a retry of the same request.
 */
class FailoverCandidates {
  private static final Logger log = LoggerFactory.getLogger(FailoverCandidates.class);

  interface Member {
    String id();

    String address();
  }

  interface Cluster {
    List<Member> members();

    long call(String address, String operation) throws IOException;
  }

  interface Settings {
    String endpoint();
  }

  private final Deque<Integer> outboundPorts = new ArrayDeque<>(List.of(40100, 40101, 40102));
  private final AtomicInteger cursor = new AtomicInteger();
  private final AtomicInteger requestIds = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile long lastFailureAt;
  private final Set<String> excludedMembers = ConcurrentHashMap.newKeySet();
  private final Set<String> deadAddresses = ConcurrentHashMap.newKeySet();
  private final Cluster cluster;
  private final Settings settings;
  private final String[] servers;

  FailoverCandidates(Cluster cluster, Settings settings, String[] servers) {
    this.cluster = cluster;
    this.settings = settings;
    this.servers = servers;
  }

  void acceptsPortsRotatedByAHelper(Socket socket) throws IOException {
    IOException last = null;
    for (int i = 0; i < outboundPorts.size() * 2; i++) {
      int port = acquireOutboundPort();
      try {
        socket.bind(new InetSocketAddress(port));
        return;
      } catch (IOException e) {
        last = e;
        log.debug("port {} in use", port);
      }
    }
    throw last;
  }

  long acceptsServersPickedRoundRobinByAHelper(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < servers.length; attempt++) {
      String server = pickServer();
      try {
        return cluster.call(server, operation);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  long acceptsFailedMemberExcludedFromTheNextPick(String operation) {
    while (true) {
      Member target = randomMember();
      try {
        return cluster.call(target.address(), operation);
      } catch (IOException e) {
        excludedMembers.add(target.id());
      }
    }
  }

  long acceptsFailedServerMarkedDeadByAHelper(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      Member target = randomMember();
      try {
        return cluster.call(target.address(), operation);
      } catch (IOException e) {
        last = e;
        markDead(target);
      }
    }
    throw last;
  }

  long acceptsTheSameLoopWithAFreshRequestIdAndARotatedServer(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      String server = pickServer();
      int id = newRequestId();
      try {
        return cluster.call(server, operation + "#" + id);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  long flagsAHelperThatReturnsTheSameServer(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      String server = primaryServer();
      try {
        return cluster.call(server, operation);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  long flagsAFreshRequestIdOnTheSameServer(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      int id = newRequestId();
      try {
        return cluster.call(settings.endpoint(), operation + "#" + id);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  long flagsAFailureRecordedAgainstAConfiguredEndpoint(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      String endpoint = settings.endpoint();
      try {
        return cluster.call(endpoint, operation);
      } catch (IOException e) {
        last = e;
        deadAddresses.add(endpoint);
      }
    }
    throw last;
  }

  long flagsACatchThatOnlyLogsThePickedMember(String operation) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      Member target = randomMember();
      try {
        return cluster.call(target.address(), operation);
      } catch (IOException e) {
        log.warn("member {} failed", target.id(), e);
      }
    }
  }

  long flagsAHelperGivenTheTargetThatOnlyCountsFailures(String operation) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      Member target = randomMember();
      try {
        return cluster.call(target.address(), operation);
      } catch (IOException e) {
        last = e;
        noteFailure(target);
      }
    }
    throw last;
  }

  private int acquireOutboundPort() {
    synchronized (outboundPorts) {
      Integer port = outboundPorts.removeFirst();
      outboundPorts.addLast(port);
      return port;
    }
  }

  private String pickServer() {
    int count = cursor.incrementAndGet() & Integer.MAX_VALUE;
    return servers[count % servers.length];
  }

  private String primaryServer() {
    return servers[0];
  }

  private int newRequestId() {
    return requestIds.incrementAndGet();
  }

  private Member randomMember() {
    List<Member> candidates = cluster.members().stream()
        .filter(member -> !excludedMembers.contains(member.id()))
        .toList();
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no member left");
    }
    return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
  }

  private void noteFailure(Member member) {
    failures.incrementAndGet();
    lastFailureAt = System.nanoTime();
  }

  private void markDead(Member member) {
    deadAddresses.add(member.address());
  }
}
