package corpus.fullsecretlogged;

/**
 * Types that {@link ValuesTypedByTheUnitsOwnText} reads from another file, so that PMD without an auxclasspath cannot
 * load them: a protocol header whose {@code apiKey()} is the request type (an enum), an authentication scheme whose
 * constant is called {@code TOKEN}, a token object, and settings whose {@code apiKey()} and {@code TOKEN} are text.
 */
final class ProtocolTypesReadElsewhere {
  private ProtocolTypesReadElsewhere() {}

  enum ProtocolApi {
    PRODUCE,
    FETCH,
    METADATA
  }

  enum AuthScheme {
    SIMPLE,
    TOKEN
  }

  static final class WireHeader {
    private final ProtocolApi api;

    WireHeader(ProtocolApi api) {
      this.api = api;
    }

    ProtocolApi apiKey() {
      return api;
    }
  }

  static final class IssuedToken {
    @Override
    public String toString() {
      return "kind=delegation";
    }
  }

  static final class TokenHolder {
    IssuedToken getDelegationToken() {
      return new IssuedToken();
    }
  }

  static final class ClientSettings {
    static final String TOKEN = System.getenv("CLIENT_TOKEN");

    String apiKey() {
      return System.getenv("CLIENT_API_KEY");
    }
  }
}
