package modern;

import java.util.List;
import java.util.function.Supplier;

/** Nested types whose modifiers the language implies, enum constants with bodies, explicit constructor calls. */
public interface NestedTypesAndImplicitModifiers {
  int LIMIT = 3;

  String name();

  interface Stage {
    void run();
  }

  class Holder {
    static final String DEFAULT = "x";
  }

  enum Mode {
    FAST {
      @Override
      String label() {
        return "fast";
      }
    },
    SLOW;

    String label() {
      return name();
    }
  }

  record Pair(String left, String right) {}

  /** A class with the same kinds of members, where nothing is implied. */
  final class Outer {
    interface Inner {}

    enum Flag { ON, OFF }

    record Point(int x, int y) {}

    static class Failure extends RuntimeException {
      Failure(String message) {
        super(message);
      }

      Failure() {
        this("unknown");
      }
    }

    Supplier<String> named() {
      return () -> Holder.DEFAULT;
    }

    /** Class literals of every written form: both adapters keep the type as written. */
    List<Class<?>> literals() {
      return List.of(Failure.class, NestedTypesAndImplicitModifiers.Stage.class, java.util.Map.Entry.class, int.class, void.class,
          String[].class, int[][].class);
    }
  }
}
