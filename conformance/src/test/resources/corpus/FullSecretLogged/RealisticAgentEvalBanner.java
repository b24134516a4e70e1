package corpus.fullsecretlogged;

import java.util.List;

/** The console banner of an evaluation CLI: which providers are configured, before the run starts. */
public class RealisticAgentEvalBanner {
  private static final List<String> KEY_VARIABLES = List.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "LANGSMITH_API_KEY");
  private static final String LANGFUSE_SECRET_ENV = "LANGFUSE_SECRET_KEY";

  public static void main(String[] args) {
    System.out.println("eval dataset: " + (args.length > 0 ? args[0] : "default"));
    for (String variable : KEY_VARIABLES) {
      System.out.printf("%-20s set=%s%n", variable, System.getenv(variable) != null);
    }
    String langfuse = System.getenv(LANGFUSE_SECRET_ENV);
    System.out.printf("Langfuse secret %.6s...%n", langfuse);
    if (args.length > 1 && args[1].equals("--verbose")) {
      System.err.println("Anthropic key: " + System.getenv("ANTHROPIC_API_KEY")); // tracelint-expect: FullSecretLogged
      System.err.printf("Langfuse secret %s%n", langfuse); // tracelint-expect: FullSecretLogged
    }
    System.out.println("key variables: " + String.join(", ", KEY_VARIABLES));
  }

  /** The provider table printed after the run: names, models, and whether each key was present. */
  static void printProviderTable(java.util.Map<String, String> modelsByProvider, int maxTokens) {
    modelsByProvider.forEach((provider, model) -> {
      String variable = provider.toUpperCase(java.util.Locale.ROOT) + "_API_KEY";
      System.out.printf("%-10s %-24s key=%s maxTokens=%d%n", provider, model,
          System.getenv(variable) == null ? "missing" : "present", maxTokens);
    });
  }

  /** The judge's token, read for the run: only its length is printed. */
  static void printJudgeToken() {
    String judgeToken = System.getenv("JUDGE_API_TOKEN");
    System.out.println("judge token length: " + (judgeToken == null ? 0 : judgeToken.length()));
  }
}
