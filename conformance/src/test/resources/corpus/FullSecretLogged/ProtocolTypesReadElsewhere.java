package corpus.fullsecretlogged;

/**
 * Types that {@link ValuesTypedByTheUnitsOwnText} reads from another file, so that PMD without an auxclasspath cannot
 * load them: a protocol header whose {@code apiKey()} is the request type (an enum), an authentication scheme whose
 * constant is called {@code TOKEN}, a token object, settings whose {@code apiKey()} and {@code TOKEN} are text, and
 * classes named for the names they hold ({@code ...Constants}, {@code ...Headers}) for {@link ConstantsOfNameHolders}.
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

  static final class CredentialConstants {
    static final String ACCESS_KEY = "accessKey";
    static final String SECRET_KEY = "secretKey";
    static final String CREDENTIAL_DIR = "/etc/credentials/";
    static final String CREDENTIAL_DEFAULT = "default";
    static final String ADMIN_PASSWORD = System.getenv("ADMIN_PASSWORD");

    private CredentialConstants() {}
  }

  static final class AuthHeaders {
    static final String AUTHORIZATION = "Authorization";

    private AuthHeaders() {}
  }
}
