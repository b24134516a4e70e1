package corpus.fullsecretlogged;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values reached through the parameter of a key extractor written without a type
 * ({@code stream.sorted(Comparator.comparing(entry -> ..))}): javac infers the stream's or list's element type, PMD 7
 * does not, and its adapter answers that element type too (or "unknown", never {@code Object}), so every engine judges
 * the same record, logger or other object.
 */
class KeyExtractorLambdaParameters {
  private static final Logger log = LoggerFactory.getLogger(KeyExtractorLambdaParameters.class);

  record ProviderCredential(String provider, String apiKey) {}

  record ProviderLabel(String provider, String region) {}

  interface Notice {
    void info(String text);

    String topic();
  }

  List<ProviderCredential> flagsACredentialRecordPrintedWhileSorting(List<ProviderCredential> credentials) {
    return credentials.stream()
        .sorted(Comparator.comparing(entry -> {
          log.debug("ordering {}", entry); // tracelint-expect: FullSecretLogged -- apiKey
          return entry.provider();
        }))
        .toList();
  }

  Optional<ProviderCredential> flagsACredentialRecordPrintedWhilePickingTheLast(List<ProviderCredential> credentials) {
    return credentials.stream().max(Comparator.comparing(entry -> {
      log.trace("candidate {}", entry); // tracelint-expect: FullSecretLogged -- apiKey
      return entry.provider();
    }));
  }

  void flagsAnApiKeyLoggedByEachLoggerWhileSorting(List<Logger> loggers, String apiKey) {
    loggers.sort(Comparator.comparing(logger -> {
      logger.info("using key {}", apiKey); // tracelint-expect: FullSecretLogged -- apiKey
      return logger.getName();
    }));
  }

  List<ProviderLabel> acceptsALabelRecordPrintedWhileSorting(List<ProviderLabel> labels) {
    return labels.stream()
        .sorted(Comparator.comparing(entry -> {
          log.debug("ordering {}", entry);
          return entry.provider();
        }))
        .toList();
  }

  List<String> acceptsAKeyExtractorReadingTheProviderOnly(List<ProviderCredential> credentials) {
    return credentials.stream()
        .sorted(Comparator.comparing(entry -> entry.provider()))
        .map(entry -> entry.provider())
        .toList();
  }

  void acceptsAPrefixOfTheKeyLoggedWhileSorting(List<ProviderCredential> credentials) {
    credentials.sort(Comparator.comparingInt(entry -> {
      log.trace("key {}", entry.apiKey().substring(0, 4));
      return entry.provider().length();
    }));
  }

  void acceptsAnInfoCallOnANoticeWhileSorting(List<Notice> notices, String apiKey) {
    notices.sort(Comparator.comparing(notice -> {
      notice.info("rotated key " + apiKey);
      return notice.topic();
    }));
  }
}
