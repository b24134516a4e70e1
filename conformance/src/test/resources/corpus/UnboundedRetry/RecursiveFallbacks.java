package corpus.unboundedretry;

import java.io.IOException;

/**
 * Methods that call themselves from their catch block with another argument, guarded so that it happens once
 * (docs/rules/UnboundedRetry.md, "Methods that call themselves to retry"): a flag parameter flipped, a second endpoint,
 * another mode. That is a fallback, not a retry: the nested call takes the other way and does not come back. Passing
 * the same arguments behind such a guard, or flipping a flag with no condition reading it, still retries. Another
 * endpoint with no guard is a failover to a fixed alternative: RetryWithoutBackoff owes it no wait, but should the
 * alternative fail too the nested call passes it again, forever (UnboundedRetry; corpus
 * SelfCallsFailingOverToAFixedAlternative).
 */
class RecursiveFallbacks {
  enum Encoding { COMPRESSED, PLAIN }

  private String primary = "https://primary.example";
  private String secondary = "https://secondary.example";

  String get(String url, boolean insecure) throws IOException {
    return url;
  }

  String load(String endpoint) throws IOException {
    return endpoint;
  }

  void export(String batch, Encoding encoding) throws IOException {}

  String acceptsFlagFlippedOnce(String url, boolean insecure) throws IOException {
    try {
      return get(url, insecure);
    } catch (IOException e) {
      if (!insecure) {
        return acceptsFlagFlippedOnce(url, true);
      }
      throw e;
    }
  }

  String acceptsSecondEndpointTriedOnce(String endpoint) throws IOException {
    try {
      return load(endpoint);
    } catch (IOException e) {
      if (endpoint.equals(primary)) {
        return acceptsSecondEndpointTriedOnce(secondary);
      }
      throw e;
    }
  }

  void acceptsPlainEncodingAsTheFallback(String batch, Encoding encoding) throws IOException {
    try {
      export(batch, encoding);
    } catch (IOException e) {
      if (encoding == Encoding.PLAIN) {
        throw e;
      }
      acceptsPlainEncodingAsTheFallback(batch, Encoding.PLAIN);
    }
  }

  String acceptsFallbackChosenByAConditionalExpression(String url, boolean insecure) throws IOException {
    try {
      return get(url, insecure);
    } catch (IOException e) {
      return insecure ? null : acceptsFallbackChosenByAConditionalExpression(url, true);
    }
  }

  String flagsSameArgumentsBehindAFlagGuard(String url, boolean insecure) {
    try {
      return get(url, insecure);
    } catch (IOException e) {
      if (!insecure) {
        return flagsSameArgumentsBehindAFlagGuard(url, insecure); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      }
      return null;
    }
  }

  String flagsFlagFlippedWithNoConditionReadingIt(String url, boolean insecure) {
    try {
      return get(url, insecure);
    } catch (IOException e) {
      return flagsFlagFlippedWithNoConditionReadingIt(url, !insecure); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  String flagsOtherEndpointWithNoGuard(String endpoint) {
    try {
      return load(endpoint);
    } catch (IOException e) {
      // a failover to a fixed alternative: no wait owed (RetryWithoutBackoff), but nothing ends it if secondary fails
      return flagsOtherEndpointWithNoGuard(secondary); // tracelint-expect: UnboundedRetry
    }
  }
}
