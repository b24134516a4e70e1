package corpus.unboundedretry;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/**
 * UnboundedRetry's "Known limits" on methods that call themselves: a copy of the request reads as a search, a closed
 * test bounds the self-call, a boolean membership test of the target does not.
 */
class DocsExamplesSelfCallLimits {
  private final DocsFetcher fetcher;
  private final DocsCluster cluster;

  DocsExamplesSelfCallLimits(DocsFetcher fetcher, DocsCluster cluster) {
    this.fetcher = fetcher;
    this.cluster = cluster;
  }

  String acceptsSelfCallWithACopyOfTheRequest(String url) {
    try {
      return fetcher.get(url);
    } catch (IOException e) {
      return acceptsSelfCallWithACopyOfTheRequest(url.trim());
    }
  }

  String flagsSelfCallWithTheSameRequest(String url) {
    try {
      return fetcher.get(url);
    } catch (IOException e) {
      return flagsSelfCallWithTheSameRequest(url); // tracelint-expect: UnboundedRetry
    }
  }

  String acceptsSelfCallAfterAClosedTest(DocsReadChannel channel) {
    try {
      return channel.readAll();
    } catch (IOException e) {
      if (channel.isClosed()) {
        return null;
      }
      return acceptsSelfCallAfterAClosedTest(channel);
    }
  }

  String acceptsSelfCallStoppedByAClosedFailure(DocsReadChannel channel) {
    try {
      return channel.readAll();
    } catch (IOException e) {
      if (e instanceof ClosedChannelException) {
        return null;
      }
      return acceptsSelfCallStoppedByAClosedFailure(channel);
    }
  }

  boolean flagsSelfCallAfterABooleanMembershipTest(String address) {
    if (!cluster.isMember(address)) {
      return false;
    }
    try {
      cluster.send(address);
      return true;
    } catch (IOException e) {
      return flagsSelfCallAfterABooleanMembershipTest(address); // tracelint-expect: UnboundedRetry
    }
  }
}

interface DocsFetcher {
  String get(String url) throws IOException;
}

interface DocsReadChannel {
  String readAll() throws IOException;

  boolean isClosed();
}

interface DocsCluster {
  boolean isMember(String address);

  void send(String address) throws IOException;
}
