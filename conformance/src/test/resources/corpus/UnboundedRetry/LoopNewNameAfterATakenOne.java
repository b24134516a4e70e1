package corpus.unboundedretry;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.UUID;

/**
 * Loops whose catch of a taken name or key gives the next attempt another one (docs/rules/UnboundedRetry.md, point 6):
 * the catch catches only an "already exists" or "duplicate" failure and changes what the attempt sends, by assigning
 * it or calling a method with arguments on it ({@code trigger.setKey(new Key(newId()))}, {@code name = newName()}).
 * Trying the same name again would never succeed, and waiting would not help; the next attempt asks for a new name.
 * The same name tried again, or a request changed after another kind of failure, is still a retry; one that only ever
 * catches a taken name is UnboundedRetry's when endless, not RetryWithoutBackoff's: no wait would make it succeed.
 */
class LoopNewNameAfterATakenOne {
  static final class ObjectAlreadyExistsException extends Exception {}

  static final class Key {
    Key(String name, String group) {}
  }

  static final class Trigger {
    void setKey(Key key) {}
  }

  static final class Request {
    void setHeader(String name, String value) {}
  }

  interface Store {
    void storeTrigger(Trigger trigger, boolean replace) throws ObjectAlreadyExistsException;

    void createNew(String name) throws IOException;

    void send(Request request) throws IOException;
  }

  private Store store;

  static String newId() {
    return UUID.randomUUID().toString();
  }

  void acceptsNewKeyAfterACollision(Trigger trigger) {
    boolean collision = true;
    while (collision) {
      try {
        store.storeTrigger(trigger, false);
        collision = false;
      } catch (ObjectAlreadyExistsException e) {
        trigger.setKey(new Key(newId(), "DEFAULT"));
      }
    }
  }

  String acceptsNewFileNameAfterAConflict(String first) throws IOException {
    String name = first;
    while (true) {
      try {
        store.createNew(name);
        return name;
      } catch (FileAlreadyExistsException e) {
        name = newId();
      }
    }
  }

  void flagsSameKeyTriedAgain(Trigger trigger) {
    boolean collision = true;
    while (collision) { // tracelint-expect: UnboundedRetry
      try {
        store.storeTrigger(trigger, false);
        collision = false;
      } catch (ObjectAlreadyExistsException e) {
        System.err.println("key taken");
      }
    }
  }

  void flagsRequestChangedAfterAnIoFailure(Request request) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        store.send(request);
        return;
      } catch (IOException e) {
        request.setHeader("X-Retry", "true");
      }
    }
  }
}
