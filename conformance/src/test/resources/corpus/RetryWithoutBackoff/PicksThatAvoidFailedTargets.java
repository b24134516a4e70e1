package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failover through hosts: each round picks a host with a call given the set of hosts that failed (a deny list, an
 * exclusion set), and the catch adds the host that just failed to that set, so the next pick avoids it. No wait is
 * owed before trying another host. A pick that does not read the set the failure goes into, or a host that comes
 * from the configuration every round, is the same request sent again at once.
 */
class PicksThatAvoidFailedTargets {
  interface Host {}

  interface Connection {}

  interface HaMode {
    Optional<Host> getAvailableHost(List<Host> addresses, Map<Host, Long> denyList, boolean primary);
  }

  interface Balancer {
    Host pick(Set<Host> excluded) throws IOException;
  }

  interface Config {
    Host primary();
  }

  private final Map<Host, Long> denyList = new ConcurrentHashMap<>();
  private final Set<Host> excluded = new HashSet<>();
  private final Set<Host> failures = new HashSet<>();
  private final List<String> notes = new java.util.ArrayList<>();
  private final HaMode haMode;
  private final Balancer balancer;
  private final Config config;
  private final List<Host> addresses;
  private final long denyMillis = 60_000;

  PicksThatAvoidFailedTargets(HaMode haMode, Balancer balancer, Config config, List<Host> addresses) {
    this.haMode = haMode;
    this.balancer = balancer;
    this.config = config;
    this.addresses = addresses;
  }

  Connection acceptsHostsPickedAroundADenyList(boolean primary, int retriesLeft) throws SQLException {
    SQLException last = null;
    while (retriesLeft > 0) {
      Optional<Host> host = haMode.getAvailableHost(addresses, denyList, primary);
      if (!host.isPresent()) {
        break;
      }
      try {
        return connect(host.get());
      } catch (SQLException e) {
        last = e;
        addToDenyList(host.get());
        retriesLeft--;
      }
    }
    if (last != null) {
      throw last;
    }
    return null;
  }

  Connection acceptsHostsPickedAroundAnExclusionSet(int attempts) throws IOException {
    for (int i = 0; i < attempts; i++) {
      Host host = balancer.pick(excluded);
      try {
        return open(host);
      } catch (IOException e) {
        excluded.add(host);
      }
    }
    throw new IOException("no host left");
  }

  Connection flagsFailureRecordedWhereThePickDoesNotLook(int attempts) throws IOException {
    for (int i = 0; ; i++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      Host host = balancer.pick(excluded);
      try {
        return open(host);
      } catch (IOException e) {
        failures.add(host);
        notes.add("attempt " + i + " failed");
        if (i >= attempts) {
          throw e;
        }
      }
    }
  }

  Connection flagsTheConfiguredHostTriedAgain(int attempts) throws IOException {
    for (int i = 0; ; i++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      Host host = config.primary();
      try {
        return open(host);
      } catch (IOException e) {
        excluded.add(host);
        if (i >= attempts) {
          throw e;
        }
      }
    }
  }

  private void addToDenyList(Host host) {
    denyList.putIfAbsent(host, System.currentTimeMillis() + denyMillis);
  }

  private Connection connect(Host host) throws SQLException {
    return null;
  }

  private Connection open(Host host) throws IOException {
    return null;
  }
}
