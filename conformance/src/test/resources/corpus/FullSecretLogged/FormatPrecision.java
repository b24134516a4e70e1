package corpus.fullsecretlogged;

import java.text.MessageFormat;
import java.util.Locale;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A {@code java.util.Formatter} pattern decides what of an argument is printed: {@code %.6s} prints a prefix of at
 * most six characters (a mask), {@code %s}, {@code %20s} or {@code %.40s} the whole secret. {@code MessageFormat} and
 * SLF4J placeholders cannot shorten a value.
 */
class FormatPrecision {
  private static final Logger LOG = LogManager.getLogger(FormatPrecision.class);

  void acceptsShortPrecisionInStringFormat(String apiKey) {
    LOG.info(String.format("key %.6s...", apiKey));
  }

  void acceptsShortPrecisionInFormatted(String apiKey) {
    LOG.info("key %.4s****".formatted(apiKey));
  }

  void acceptsShortPrecisionWithALocaleAndAnotherArgument(String user, String password) {
    LOG.info(String.format(Locale.ROOT, "user %s password %.2s", user, password));
  }

  void acceptsShortPrecisionOfAPrintfSink(String clientSecret) {
    System.out.printf("secret %.8s%n", clientSecret);
  }

  void acceptsShortPrecisionOfLog4jPrintf(String token) {
    LOG.printf(Level.DEBUG, "token %-10.6S", token);
  }

  void acceptsShortPrecisionByExplicitIndex(String user, String apiKey) {
    LOG.info(String.format("%2$.6s for %1$s", user, apiKey));
  }

  void acceptsArgumentThePatternDoesNotPrint(String user, String apiKey) {
    LOG.info(String.format("user %s", user, apiKey));
  }

  void flagsPlainConversion(String apiKey) {
    LOG.info(String.format("key %s", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsWidthWithoutPrecision(String apiKey) {
    LOG.info(String.format("key %20s", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsPrecisionLongerThanAPrefix(String apiKey) {
    LOG.info("key %.40s".formatted(apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsArgumentPrintedWholeOnceAndShortOnce(String apiKey) {
    LOG.info(String.format("key %.4s (%1$s)", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsPrintfSinkWithPlainConversion(String clientSecret) {
    System.out.printf("secret %s%n", clientSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'clientSecret'
  }

  void flagsMessageFormatWhichCannotShorten(String apiKey) {
    LOG.info(MessageFormat.format("key {0}", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsPatternThatIsNotAConstant(String pattern, String apiKey) {
    LOG.info(String.format(pattern, apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }
}
