package corpus.unclosedtrace;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Comparator;
import java.util.List;

/** A RAG pipeline of a support assistant: retrieve, rerank, generate, one span per stage. */
public class RealisticAppRagPipelineStages {
  private static final AttributeKey<Long> DOCUMENTS = AttributeKey.longKey("rag.documents");

  interface Reranker {
    List<Content> rerank(String question, List<Content> candidates);
  }

  interface Generator {
    String generate(String question, List<Content> context);
  }

  record Answer(String text, List<Content> sources) {}

  private final Tracer tracer;
  private final ContentRetriever retriever;
  private final Reranker reranker;
  private final Generator generator;

  public RealisticAppRagPipelineStages(
      Tracer tracer, ContentRetriever retriever, Reranker reranker, Generator generator) {
    this.tracer = tracer;
    this.retriever = retriever;
    this.reranker = reranker;
    this.generator = generator;
  }

  public Answer answer(String question) {
    Span root = tracer.spanBuilder("rag.answer").startSpan();
    try (Scope ignored = root.makeCurrent()) {
      List<Content> candidates = retrieve(question);
      List<Content> ranked = rerank(question, candidates);
      return new Answer(generate(question, ranked), ranked);
    } catch (RuntimeException e) {
      root.recordException(e);
      root.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      root.end();
    }
  }

  List<Content> retrieve(String question) {
    var span = tracer.spanBuilder("rag.retrieve").startSpan();
    try (var scope = span.makeCurrent()) {
      List<Content> found = retriever.retrieve(Query.from(question));
      span.setAttribute(DOCUMENTS, (long) found.size());
      return found;
    } finally {
      span.end();
    }
  }

  /** The reranker is a remote model: when it throws, the span stays open. */
  List<Content> rerank(String question, List<Content> candidates) {
    Span span = tracer.spanBuilder("rag.rerank").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    try (Scope scope = span.makeCurrent()) {
      List<Content> ranked = reranker.rerank(question, candidates);
      span.setAttribute(DOCUMENTS, (long) ranked.size());
      span.end();
      return ranked;
    }
  }

  /** Same stage, written correctly: sorted locally when the reranker is off, the span ended in finally. */
  List<Content> rerankOrSort(String question, List<Content> candidates, boolean rerankerEnabled) {
    Span span = tracer.spanBuilder("rag.rerank").setAttribute("rag.reranker.enabled", rerankerEnabled).startSpan();
    try (Scope scope = span.makeCurrent()) {
      if (!rerankerEnabled) {
        return candidates.stream()
            .sorted(Comparator.comparingInt((Content content) -> content.textSegment().text().length()))
            .toList();
      }
      return reranker.rerank(question, candidates);
    } finally {
      span.end();
    }
  }

  String generate(String question, List<Content> context) {
    Span span = tracer.spanBuilder("rag.generate").startSpan();
    try (Scope scope = span.makeCurrent()) {
      String prompt = """
          Answer the question using only the context.
          Question: %s
          Context documents: %d
          """.formatted(question, context.size());
      span.setAttribute("rag.prompt.chars", prompt.length());
      return generator.generate(prompt, context);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, "generation failed");
      throw e;
    } finally {
      span.end();
    }
  }
}
