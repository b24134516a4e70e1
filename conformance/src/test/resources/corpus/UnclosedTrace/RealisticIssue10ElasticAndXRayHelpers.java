package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Span;
import co.elastic.apm.api.Transaction;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;

/** A document ingestion worker instrumented with Elastic APM and X-Ray, with small closing helpers. */
public final class RealisticIssue10ElasticAndXRayHelpers {
  interface Parser {
    String parse(byte[] document);
  }

  private final Parser parser;

  RealisticIssue10ElasticAndXRayHelpers(Parser parser) {
    this.parser = parser;
  }

  public String ingest(byte[] document) {
    Transaction transaction = ElasticApm.startTransaction(); // tracelint-expect: UnclosedTrace
    transaction.setName("ingest");
    var text = parser.parse(document);
    done(transaction);
    return text;
  }

  public String ingestSafely(byte[] document) {
    Transaction transaction = ElasticApm.startTransaction();
    transaction.setName("ingest.safe");
    try {
      return parser.parse(document);
    } catch (RuntimeException e) {
      transaction.captureException(e);
      throw e;
    } finally {
      done(transaction);
    }
  }

  public String parseChild(Transaction parent, byte[] document) {
    Span parse = parent.startSpan("app", "parser", "parse"); // tracelint-expect: UnclosedTrace
    String text = parser.parse(document);
    done(parse);
    return text;
  }

  public String parseInSubsegment(byte[] document) {
    Subsegment subsegment = AWSXRay.beginSubsegment("parse"); // tracelint-expect: UnclosedTrace
    subsegment.putMetadata("bytes", document.length);
    String text = parser.parse(document);
    AWSXRay.endSubsegment();
    return text;
  }

  public String parseInSubsegmentSafely(byte[] document) {
    Subsegment subsegment = AWSXRay.beginSubsegment("parse.safe");
    try {
      return parser.parse(document);
    } finally {
      AWSXRay.endSubsegment();
    }
  }

  private static void done(Span span) {
    span.end();
  }
}
