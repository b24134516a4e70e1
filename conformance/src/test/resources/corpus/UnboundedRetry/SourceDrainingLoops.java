package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loops that drain a source (docs/rules/UnboundedRetry.md, point 10): each turn reads the next item from a call, stops
 * when the source says it is empty (null, an empty batch, a negative count) by {@code break} or {@code return}, and a
 * failure to handle one item moves on to the next, whatever the reading method is called. A loop that stops when the
 * result is there, or turns an empty answer into a failure, is still a retry of the same call.
 */
class SourceDrainingLoops {
  private static final Logger log = LoggerFactory.getLogger(SourceDrainingLoops.class);

  static class DecodeException extends Exception {}

  interface Channel {
    byte[] readFrame() throws IOException;

    byte[] read() throws IOException;
  }

  interface Source {
    List<String> fetchBatch() throws IOException;

    String readRecord() throws IOException;

    int fill(byte[] buffer) throws IOException;
  }

  interface Client {
    String fetch() throws IOException;
  }

  void decode(byte[] frame) throws DecodeException {}

  void store(List<String> batch) throws IOException {}

  String parse(String record) throws DecodeException {
    return record;
  }

  void acceptsChannelReadUntilItIsEmpty(Channel channel) throws IOException {
    while (true) {
      byte[] message = channel.read();
      if (message == null) {
        break;
      }
      try {
        decode(message);
      } catch (DecodeException e) {
        log.warn("skipping a frame that does not decode", e);
      }
    }
  }

  void acceptsFramesReadInsideTheTryUntilNone(Channel channel) {
    while (true) {
      try {
        byte[] frame = channel.readFrame();
        if (frame == null) {
          return;
        }
        decode(frame);
      } catch (IOException | DecodeException e) {
        log.warn("skipping a frame", e);
      }
    }
  }

  void acceptsBatchesFetchedUntilAnEmptyOne(Source source) {
    for (;;) {
      try {
        List<String> batch = source.fetchBatch();
        if (batch.isEmpty()) {
          break;
        }
        store(batch);
      } catch (IOException e) {
        log.warn("dropping a batch", e);
      }
    }
  }

  String acceptsFirstParsableRecordWhileRecordsLast(Source source) throws IOException {
    String record;
    while ((record = source.readRecord()) != null) {
      try {
        return parse(record);
      } catch (DecodeException e) {
        log.warn("skipping a record");
      }
    }
    return null;
  }

  void acceptsBufferFilledUntilTheEndOfTheStream(Source source, byte[] buffer) {
    while (true) {
      try {
        int count = source.fill(buffer);
        if (count < 0) {
          return;
        }
        decode(buffer);
      } catch (IOException | DecodeException e) {
        log.warn("skipping a chunk", e);
      }
    }
  }

  String flagsRetryThatStopsWhenTheResultIsThere(Client client) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        String answer = client.fetch();
        if (answer != null) {
          return answer;
        }
      } catch (IOException e) {
        log.warn("fetch failed, retrying", e);
      }
    }
  }

  String flagsEmptyAnswerTurnedIntoAFailure(Client client) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        String answer = client.fetch();
        if (answer == null) {
          throw new IOException("empty answer");
        }
        return answer;
      } catch (IOException e) {
        log.warn("fetch failed, retrying", e);
      }
    }
    return null;
  }

  String flagsNullCheckOfAValueNotReadInTheLoop(Client client, String cached) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      if (cached == null) {
        log.debug("no cached answer");
      }
      try {
        return client.fetch();
      } catch (IOException e) {
        log.warn("fetch failed, retrying", e);
      }
    }
  }
}
