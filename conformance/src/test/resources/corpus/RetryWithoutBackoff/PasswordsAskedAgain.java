package corpus.retrywithoutbackoff;

import java.io.IOException;

/**
 * A catch of only a key that fails to decrypt or a password refused (docs/rules/RetryWithoutBackoff.md, polling
 * loops: failures of the attempt's own input) needs no wait: the loop asks the user for another password, and the same
 * one fails the same way however long it waits. A catch that also admits a failure of the server the key comes from
 * needs one.
 */
class PasswordsAskedAgain {
  static class KeyDecryptionFailedException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  static class InvalidPasswordException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  interface PasswordPrompt {
    char[] ask(String resource);

    boolean tryAgain(String resource);
  }

  interface KeyFile {
    byte[] decrypt(char[] password) throws KeyDecryptionFailedException;
  }

  interface Vault {
    String unlock(String user, char[] password) throws InvalidPasswordException, IOException;
  }

  private final PasswordPrompt prompt;

  PasswordsAskedAgain(PasswordPrompt prompt) {
    this.prompt = prompt;
  }

  byte[] acceptsAKeyDecryptedWithTheNextPasswordAsked(KeyFile key, String resource) throws IOException {
    char[] password = prompt.ask(resource);
    while (true) {
      try {
        return key.decrypt(password);
      } catch (KeyDecryptionFailedException e) {
        if (!prompt.tryAgain(resource)) {
          throw e;
        }
        password = prompt.ask(resource);
      }
    }
  }

  String acceptsAVaultUnlockedAfterThreeRefusedPasswords(Vault vault, String user) throws IOException {
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return vault.unlock(user, prompt.ask(user));
      } catch (InvalidPasswordException e) {
        System.err.println("wrong password, " + (3 - attempt) + " tries left");
      }
    }
    throw new IOException("vault stays locked");
  }

  String flagsAnUnlockThatAlsoGoesRoundOnAnIoFailure(Vault vault, String user) throws IOException {
    for (int attempt = 1; attempt <= 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return vault.unlock(user, prompt.ask(user));
      } catch (InvalidPasswordException | IOException e) {
        System.err.println("unlock failed: " + e.getMessage());
      }
    }
    throw new IOException("vault stays locked");
  }
}
