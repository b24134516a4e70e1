package corpus.unboundedretry;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Methods that call themselves to retry, bounded by their target's lifetime (docs/rules/UnboundedRetry.md, "Methods
 * that call themselves to retry"): each call first looks the target up again in a registry the class holds, and gives
 * up when it is gone; the registry drops a member that stops answering, and the retries end with it. A test of the
 * argument itself, a lookup of something else or a lookup whose miss is only logged gives the same answer each call.
 */
class SelfCallsEndedWithTheirTarget {
  record Address(String host, int port) {}

  record Destination(String id, Address address) {}

  interface Member {
    boolean commit(String change) throws IOException;
  }

  interface Cluster {
    Member memberAt(Address address);

    Member localMember();
  }

  private final Cluster cluster;
  private final Map<String, Member> members = new ConcurrentHashMap<>();

  SelfCallsEndedWithTheirTarget(Cluster cluster) {
    this.cluster = cluster;
  }

  boolean acceptsCommitThatLooksItsDestinationUpEachCall(Destination destination, String change) {
    Member member = cluster.memberAt(destination.address());
    if (member == null) {
      return false;
    }
    try {
      return member.commit(change);
    } catch (IOException e) {
      return acceptsCommitThatLooksItsDestinationUpEachCall(destination, change);
    }
  }

  boolean acceptsCommitThatThrowsWhenItsMemberLeft(String memberId, String change) {
    if (members.get(memberId) == null) {
      throw new IllegalStateException("member left: " + memberId);
    }
    try {
      return members.get(memberId).commit(change);
    } catch (IOException e) {
      return acceptsCommitThatThrowsWhenItsMemberLeft(memberId, change);
    }
  }

  boolean acceptsLookupInsideTheAttempt(String memberId, String change) {
    try {
      Member member = this.members.get(memberId);
      if (member == null) {
        return false;
      }
      return member.commit(change);
    } catch (IOException e) {
      return acceptsLookupInsideTheAttempt(memberId, change);
    }
  }

  boolean acceptsLookupByAKeyComputedFromTheTarget(Destination destination, String change) {
    String key = destination.id();
    Member member = members.get(key);
    if (member == null) {
      return false;
    }
    try {
      return member.commit(change);
    } catch (IOException e) {
      return acceptsLookupByAKeyComputedFromTheTarget(destination, change);
    }
  }

  boolean flagsCommitAfterATestOfTheArgumentOnly(Member member, String change) {
    if (member == null) {
      return false;
    }
    try {
      return member.commit(change);
    } catch (IOException e) {
      return flagsCommitAfterATestOfTheArgumentOnly(member, change); // tracelint-expect: UnboundedRetry
    }
  }

  boolean flagsCommitAfterALookupOfSomethingElse(Destination destination, String change) {
    if (cluster.localMember() == null) {
      return false;
    }
    try {
      return cluster.memberAt(destination.address()).commit(change);
    } catch (IOException e) {
      return flagsCommitAfterALookupOfSomethingElse(destination, change); // tracelint-expect: UnboundedRetry
    }
  }

  boolean flagsCommitWhoseMissingMemberIsOnlyLogged(String memberId, String change) {
    Member member = members.get(memberId);
    if (member == null) {
      System.err.println("no member " + memberId);
    }
    try {
      return member.commit(change);
    } catch (IOException e) {
      return flagsCommitWhoseMissingMemberIsOnlyLogged(memberId, change); // tracelint-expect: UnboundedRetry
    }
  }

  boolean flagsCommitWhoseLookupIsMadeFromTheArgument(Destination destination, String change) {
    Member member = lookupIn(destination);
    if (member == null) {
      return false;
    }
    try {
      return member.commit(change);
    } catch (IOException e) {
      return flagsCommitWhoseLookupIsMadeFromTheArgument(destination, change); // tracelint-expect: UnboundedRetry
    }
  }

  private static Member lookupIn(Destination destination) {
    return destination.id().isEmpty() ? null : change -> true;
  }
}
