package corpus.retrywithoutbackoff;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;

/**
 * A loop whose catch moves a field the attempt reads to a fixed alternative, a constant of another file or a
 * concatenation of constants ({@code propertyPath = CredentialPaths.DOCKER_CREDENTIAL_PATH; continue;}), steps through
 * candidate paths (point 6, switching targets): no retry, in every engine, whether or not it can resolve the constant.
 * A catch that resets the field to {@code null} or leaves it as it was opens the same path again at once: reported.
 */
class CandidatePathsByConstant {
  private final String appName;
  private String propertyPath;
  private int misses;

  CandidatePathsByConstant(String appName, String propertyPath) {
    this.appName = appName;
    this.propertyPath = propertyPath;
  }

  InputStream acceptsStepsThroughConstantCandidatePaths() {
    InputStream in = null;
    do {
      try {
        in = new FileInputStream(propertyPath);
      } catch (FileNotFoundException e) {
        if (appName != null && propertyPath.equals(CredentialPaths.CREDENTIAL_PATH + appName)) {
          propertyPath = CredentialPaths.CREDENTIAL_PATH + CredentialPaths.CREDENTIAL_DEFAULT;
          continue;
        }
        if (!CredentialPaths.DOCKER_CREDENTIAL_PATH.equals(propertyPath)) {
          propertyPath = CredentialPaths.DOCKER_CREDENTIAL_PATH;
          continue;
        }
      }
      break;
    } while (true);
    return in;
  }

  InputStream acceptsAFallbackToALiteralPath() {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return new FileInputStream(propertyPath);
      } catch (FileNotFoundException e) {
        propertyPath = "/etc/app/credentials";
      }
    }
    return null;
  }

  InputStream flagsAReopenOfTheSamePath() {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return new FileInputStream(propertyPath);
      } catch (FileNotFoundException e) {
        misses++;
      }
    }
    return null;
  }
}
