package corpus.fullsecretlogged;

import java.io.File;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locals named like a secret that hold where a file is: {@code pwd} as the working directory, {@code secretPath} of a
 * credentials file, given from {@code File}'s and {@code Path}'s own accessors. They are locations, not secrets. Still
 * reported: a {@code pwd} read from a password source, and one given a file's contents.
 */
class LocationsNamedLikeSecrets {
  private static final Logger log = LoggerFactory.getLogger(LocationsNamedLikeSecrets.class);

  interface Files {
    String readString(File file);
  }

  void acceptsTheWorkingDirectoryNamedPwd(File composeFile) {
    final String pwd = composeFile.getAbsoluteFile().getParentFile().getAbsolutePath();
    log.info("Copying all files in {} into the container", pwd);
    String hostPath = pwd + "/" + composeFile.getName();
    log.info("Copying inclusion file: {}", hostPath);
  }

  void acceptsTheRealPathOfATokenFile(Path configDir) throws java.io.IOException {
    Path tokenFile = configDir.resolve("token").toRealPath();
    log.debug("reading the token from {}", tokenFile);
    String token = tokenFile.toAbsolutePath().toString();
    log.debug("token file {}", token);
  }

  void acceptsTheCanonicalPathOfACredentialsFile(File credentials) throws java.io.IOException {
    String secret = credentials.getCanonicalPath();
    log.info("credentials at {}", secret);
  }

  void flagsAPwdReadFromTheEnvironment() {
    String pwd = System.getenv("DB_PASSWORD");
    log.info("connecting with {}", pwd); // tracelint-expect: FullSecretLogged
  }

  void flagsAPwdReadFromTheFileAtAPath(File passwordFile, Files files) {
    String pwd = files.readString(passwordFile.getAbsoluteFile());
    log.info("read password {}", pwd); // tracelint-expect: FullSecretLogged
  }
}
