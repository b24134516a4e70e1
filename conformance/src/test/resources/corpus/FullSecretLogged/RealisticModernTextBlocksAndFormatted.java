package corpus.fullsecretlogged;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A CLI that prints its effective configuration with text blocks and String#formatted: the key appears only as a
 * precision-limited prefix, except in the one debug dump that prints it whole.
 */
public class RealisticModernTextBlocksAndFormatted {
  private static final Logger LOG = LogManager.getLogger(RealisticModernTextBlocksAndFormatted.class);

  private static final String BANNER =
      """
      ==== eval runner ====
      model:    %s
      endpoint: %s
      key:      %.6s...
      """;

  private static final String DEBUG_DUMP =
      """
      model=%s
      endpoint=%s
      key=%s
      """;

  record RunnerConfig(String model, String endpoint, String openAiKey) {
    @Override
    public String toString() {
      return "RunnerConfig[model=%s, endpoint=%s]".formatted(model, endpoint);
    }
  }

  public void printBanner(RunnerConfig config) {
    System.out.print(BANNER.formatted(config.model(), config.endpoint(), config.openAiKey()));
    LOG.info("config: {}", config);
  }

  public void printUsage() {
    System.err.println(
        """
        usage: eval-runner --model <name> [--endpoint <url>]
          the key is read from OPENAI_API_KEY
        """);
  }

  public void logMissing(RunnerConfig config) {
    if (config.openAiKey() == null) {
      LOG.error("no key configured for model {}", config.model());
    }
  }

  public void debugDump(RunnerConfig config) {
    LOG.debug(DEBUG_DUMP.formatted(config.model(), config.endpoint(), config.openAiKey())); // tracelint-expect: FullSecretLogged -- openAiKey
  }

  public void logPrintf(RunnerConfig config) {
    LOG.printf(org.apache.logging.log4j.Level.INFO, "model %s key %.4s", config.model(), config.openAiKey());
  }
}
