package corpus.retrywithoutbackoff;

/** Constants of another file: PMD without an auxclasspath cannot resolve them, every engine reads their names. */
final class CredentialPaths {
  static final String CREDENTIAL_PATH = "/home/admin/.credentials/";
  static final String CREDENTIAL_DEFAULT = "default";
  static final String DOCKER_CREDENTIAL_PATH = "/etc/credentials/docker";

  private CredentialPaths() {}
}
