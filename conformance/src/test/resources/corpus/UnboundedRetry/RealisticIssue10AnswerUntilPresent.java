package corpus.unboundedretry;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A grader that asks a judge model until it gets a verdict, and a few loops that only look like that. */
public class RealisticIssue10AnswerUntilPresent {
  interface JudgeModel {
    String verdict(String rubric, String answer);
  }

  interface ResultCache {
    Optional<String> lookup(String key);
  }

  private final JudgeModel judge;

  RealisticIssue10AnswerUntilPresent(JudgeModel judge) {
    this.judge = judge;
  }

  public String grade(String rubric, String answer) {
    String verdict = null;
    while (verdict == null) { // tracelint-expect: UnboundedRetry
      verdict = judge.verdict(rubric, answer);
    }
    return verdict;
  }

  public String gradeWithCap(String rubric, String answer) {
    String verdict = null;
    int attempts = 0;
    while (verdict == null && attempts++ < 5) {
      verdict = judge.verdict(rubric, answer);
    }
    return verdict == null ? "UNGRADED" : verdict;
  }

  public List<String> readVerdicts(BufferedReader reader) throws IOException {
    List<String> verdicts = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      verdicts.add(line.trim());
    }
    return verdicts;
  }

  public String firstCached(ResultCache cache, List<String> keys) {
    String found = null;
    for (String key : keys) {
      found = cache.lookup(key).orElse(null);
      if (found != null) {
        break;
      }
    }
    return found;
  }
}
