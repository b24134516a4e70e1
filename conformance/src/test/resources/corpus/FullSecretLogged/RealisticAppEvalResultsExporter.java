package corpus.fullsecretlogged;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of an evaluation batch job: scores per metric go to the log as JSON and to the job's span as attributes and
 * an event. The judge's key is part of the job's settings, which are not rendered.
 */
public class RealisticAppEvalResultsExporter {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppEvalResultsExporter.class);

  record MetricScore(String metric, double mean, double p10, int samples) {}

  record EvalSummary(String runId, String dataset, String model, List<MetricScore> scores, int failures) {}

  private final ObjectMapper mapper;

  public RealisticAppEvalResultsExporter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public void export(EvalSummary summary, Span jobSpan) throws Exception {
    log.info("evaluation {} finished: {}", summary.runId(), mapper.writeValueAsString(summary));
    jobSpan.setAttribute("eval.run_id", summary.runId());
    jobSpan.setAttribute("eval.dataset", summary.dataset());
    jobSpan.setAttribute("eval.model", summary.model());
    jobSpan.setAttribute("eval.failures", summary.failures());
    for (MetricScore score : summary.scores()) {
      jobSpan.addEvent("eval.metric", Attributes.of(
          AttributeKey.stringKey("metric"), score.metric(),
          AttributeKey.doubleKey("mean"), score.mean(),
          AttributeKey.longKey("samples"), (long) score.samples()));
    }
  }

  public void exportTable(Map<String, Double> meanByMetric) {
    meanByMetric.forEach((metric, mean) -> log.info(String.format("%-24s %6.3f", metric, mean)));
  }
}
