package corpus.fullsecretlogged;

import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A name that reads as a sentence about a failure ({@code couldNotPersistCookies}, {@code cannotReadToken},
 * {@code unableToRefreshAccessToken}, {@code failedToDecryptPassword}) names a message, usually a field of a
 * translated message bundle, or a flag: it holds the text that tells what went wrong, not the secret. The secret
 * handed to such a message, or a value named for the secret that failed ({@code failedToken}), is still reported.
 */
class MessagesNamedForAFailure {
  private static final Logger log = LoggerFactory.getLogger(MessagesNamedForAFailure.class);

  static final class Messages {
    private static final Messages INSTANCE = new Messages();

    public String couldNotPersistCookies = "Could not persist received cookies in file ''{0}''";
    public String cannotReadToken = "Cannot read the token file ''{0}''";
    public String unableToRefreshAccessToken = "Unable to refresh the access token for ''{0}''";
    public String failedToDecryptPassword = "Failed to decrypt the password of ''{0}''";

    static Messages get() {
      return INSTANCE;
    }
  }

  void acceptsBundleMessageAboutCookies(String cookieFile, Exception e) {
    log.warn(MessageFormat.format(Messages.get().couldNotPersistCookies, cookieFile), e);
  }

  void acceptsBundleMessageAboutATokenFile(String tokenPath) {
    log.error(MessageFormat.format(Messages.get().cannotReadToken, tokenPath));
  }

  void acceptsMessagesKeptInLocals(String account) {
    String unableToRefreshAccessToken = Messages.get().unableToRefreshAccessToken;
    log.warn(MessageFormat.format(unableToRefreshAccessToken, account));
    log.warn(Messages.get().failedToDecryptPassword, account);
  }

  void acceptsFlagNamedForTheFailure(boolean failedToRenewSessionToken) {
    log.info("renewal failed: {}", failedToRenewSessionToken);
  }

  void flagsTheTokenHandedToTheMessage(String accessToken) {
    log.error(MessageFormat.format(Messages.get().unableToRefreshAccessToken, accessToken)); // tracelint-expect: FullSecretLogged
  }

  void flagsTheTokenThatFailed(String failedToken) {
    log.warn("token rejected: {}", failedToken); // tracelint-expect: FullSecretLogged
  }
}
