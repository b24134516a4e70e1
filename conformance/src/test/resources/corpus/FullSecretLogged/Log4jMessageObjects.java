package corpus.fullsecretlogged;

import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.FormattedMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFormatMessage;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StringFormattedMessage;

/**
 * A reranking client that builds Log4j message objects itself: a message's text is its pattern and arguments, so a
 * key given to one is logged as if it were given to the logger.
 */
public class Log4jMessageObjects {
  private static final Logger LOG = LogManager.getLogger(Log4jMessageObjects.class);

  private final String rerankUrl;
  private final String voyageApiKey;
  private final int topN;

  public Log4jMessageObjects(String rerankUrl, String voyageApiKey, int topN) {
    this.rerankUrl = rerankUrl;
    this.voyageApiKey = voyageApiKey;
    this.topN = topN;
  }

  public void announce() {
    LOG.info(new ParameterizedMessage("reranking at {} with key {}", rerankUrl, voyageApiKey)); // tracelint-expect: FullSecretLogged
  }

  public void announcePrefix() {
    LOG.info(new ParameterizedMessage("reranking at {} with key {}...", rerankUrl, voyageApiKey.substring(0, 6)));
  }

  public void dumpRequest() {
    Message request = new StringFormattedMessage(Locale.ROOT, "POST %s top_n=%d key=%s", rerankUrl, topN, voyageApiKey);
    LOG.debug(request); // tracelint-expect: FullSecretLogged
  }

  public void dumpRequestPrefix() {
    Message request = new StringFormattedMessage("POST %s top_n=%d key=%.5s", rerankUrl, topN, voyageApiKey);
    LOG.debug(request);
  }

  public void legacyFormat() {
    LOG.warn(new MessageFormatMessage("rerank key {0} rejected by {1}", voyageApiKey, rerankUrl)); // tracelint-expect: FullSecretLogged
  }

  public void legacyFormatLength() {
    LOG.warn(new MessageFormatMessage("rerank key of {0} chars rejected by {1}", voyageApiKey.length(), rerankUrl));
  }

  public void keyShape() {
    LOG.info(new FormattedMessage("key set: %b, %d chars", voyageApiKey != null, voyageApiKey.length()));
  }

  public void plain() {
    Message ready = new SimpleMessage("reranker ready; key read from VOYAGE_API_KEY");
    LOG.info(ready);
  }
}
