package corpus.unboundedretry;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-call from a catch after a helper of the class took the next candidate from a field's collection (the next
 * log file, the next endpoint) walks through the candidates and ends when they run out: it is not a retry of the same
 * work. A helper that evicts an entry by its key, or only reads a field, gives no new candidate: the self-call after
 * it retries the same work.
 */
class RecursiveWalksThroughFieldCandidates {
  interface Segments {
    byte[] readRecord(File file) throws IOException;
  }

  interface Endpoints {
    String call(String endpoint, String request) throws IOException;
  }

  private final List<File> storedFiles = new ArrayList<>();
  private final Deque<String> standbyEndpoints = new ArrayDeque<>();
  private final Map<String, String> cache = new HashMap<>();
  private final Segments segments;
  private final Endpoints endpoints;
  private File currentFile;
  private String currentEndpoint;

  RecursiveWalksThroughFieldCandidates(Segments segments, Endpoints endpoints, List<File> files) {
    this.segments = segments;
    this.endpoints = endpoints;
    this.storedFiles.addAll(files);
  }

  byte[] acceptsTheNextFileReadAfterTheEndOfOne() throws IOException {
    try {
      return segments.readRecord(currentFile);
    } catch (EOFException e) {
      if (!goToNextFile()) {
        return null;
      }
      return acceptsTheNextFileReadAfterTheEndOfOne();
    }
  }

  String acceptsTheNextEndpointAskedAfterAFailure(String request) throws IOException {
    try {
      return endpoints.call(currentEndpoint, request);
    } catch (IOException e) {
      if (!switchToStandby()) {
        throw e;
      }
      return acceptsTheNextEndpointAskedAfterAFailure(request);
    }
  }

  String flagsTheSameEndpointAskedAgainAfterAnEviction(String key) throws IOException {
    try {
      String cached = cache.get(key);
      return cached != null ? cached : endpoints.call(currentEndpoint, key);
    } catch (IOException e) {
      evict(key);
      return flagsTheSameEndpointAskedAgainAfterAnEviction(key); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  byte[] flagsTheSameFileReadAgain() throws IOException {
    try {
      return segments.readRecord(currentFile);
    } catch (IOException e) {
      if (currentFile() == null) {
        throw e;
      }
      return flagsTheSameFileReadAgain(); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  private boolean goToNextFile() {
    if (storedFiles.isEmpty()) {
      return false;
    }
    currentFile = storedFiles.remove(storedFiles.size() - 1);
    return true;
  }

  private boolean switchToStandby() {
    String next = standbyEndpoints.poll();
    if (next == null) {
      return false;
    }
    currentEndpoint = next;
    return true;
  }

  private void evict(String key) {
    cache.remove(key);
  }

  private File currentFile() {
    return currentFile;
  }
}
