package corpus.fullsecretlogged;

import datadog.trace.api.llmobs.LLMObs;
import datadog.trace.api.llmobs.LLMObsSpan;
import java.util.Map;

/**
 * A tool call traced with Datadog LLM Observability: the span carries the tool's name, its input and output, the
 * token counts and the region of the search API it calls. The search API's key is configured, never tagged.
 */
public class RealisticAppDatadogLlmObsTool {
  record SearchResult(String url, String snippet) {}

  interface WebSearch {
    java.util.List<SearchResult> search(String query, String apiKey);
  }

  private final WebSearch search;
  private final String tavilyApiKey;
  private final String region;

  public RealisticAppDatadogLlmObsTool(WebSearch search, String tavilyApiKey, String region) {
    this.search = search;
    this.tavilyApiKey = tavilyApiKey;
    this.region = region;
  }

  public String webSearch(String sessionId, String query) {
    LLMObsSpan span = LLMObs.startToolSpan("web_search", "research-agent", sessionId);
    try {
      span.setTag("search.region", region);
      span.setTag("search.key_configured", tavilyApiKey != null && !tavilyApiKey.isBlank());
      span.setTag("search.query_length", query.length());
      var results = search.search(query, tavilyApiKey);
      String output = results.isEmpty() ? "no results" : results.get(0).snippet();
      span.annotateIO(query, output);
      span.setMetric("search.results", results.size());
      span.setMetadata(Map.of("first_url", results.isEmpty() ? "" : results.get(0).url()));
      return output;
    } catch (RuntimeException e) {
      span.addThrowable(e);
      span.setError(true);
      span.setErrorMessage(e.getClass().getSimpleName());
      throw e;
    } finally {
      span.finish();
    }
  }
}
