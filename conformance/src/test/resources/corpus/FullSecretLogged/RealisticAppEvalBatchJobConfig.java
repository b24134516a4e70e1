package corpus.fullsecretlogged;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * An offline evaluation job: it reads its settings from the environment, prints them at start and runs a dataset
 * through a judge model. The settings records either hold no secret or print themselves without it.
 */
public class RealisticAppEvalBatchJobConfig {
  private static final Logger LOG = Logger.getLogger(RealisticAppEvalBatchJobConfig.class.getName());

  record SamplingSettings(String model, double temperature, int maxTokens, int concurrency, Duration timeout) {}

  record JudgeSettings(String judgeModel, String judgeApiKey, String rubric) {
    @Override
    public String toString() {
      return "JudgeSettings[judgeModel=" + judgeModel + ", rubric=" + rubric + ", judgeApiKey=***]";
    }
  }

  record Dataset(Path file, List<String> splits) {}

  public static void main(String[] args) {
    SamplingSettings sampling = new SamplingSettings(
        env("EVAL_MODEL", "gpt-4o-mini"), 0.0, Integer.parseInt(env("EVAL_MAX_TOKENS", "512")),
        Integer.parseInt(env("EVAL_CONCURRENCY", "4")), Duration.ofSeconds(60));
    JudgeSettings judge = new JudgeSettings(
        env("JUDGE_MODEL", "gpt-4o"), System.getenv("JUDGE_API_KEY"), env("JUDGE_RUBRIC", "faithfulness"));
    Dataset dataset = new Dataset(Path.of(env("EVAL_DATASET", "data/eval.jsonl")), List.of("dev", "test"));

    LOG.info("sampling: " + sampling);
    LOG.info("judge: " + judge);
    LOG.info(() -> "dataset " + dataset.file() + " splits " + dataset.splits());
    if (judge.judgeApiKey() == null) {
      LOG.severe("JUDGE_API_KEY is not set");
      return;
    }
    LOG.fine(() -> "judge key length " + judge.judgeApiKey().length());
    System.out.printf("evaluating %s on %s with %d workers%n", sampling.model(), dataset.file(), sampling.concurrency());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
