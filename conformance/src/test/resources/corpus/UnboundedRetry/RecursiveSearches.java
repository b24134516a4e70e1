package corpus.unboundedretry;

import java.io.IOException;

/**
 * Methods that call themselves from their catch block with a value computed from a parameter
 * (docs/rules/UnboundedRetry.md, "Methods that call themselves to search"): the parent of a registry or context, a
 * key with its prefix stripped, a local or pattern variable computed from the parameter. Each nested call looks one
 * step further and the steps run out; that is a search, not a retry. Passing the same arguments, only a count
 * ({@code attempt + 1}), a flipped flag, or a value built from the caught failure (a repair) still retries.
 */
class RecursiveSearches {
  static final class MissingEntryException extends RuntimeException {}

  interface Registry {
    Object lookup(String name);

    Registry getParent();
  }

  interface EditableRegistry extends Registry {}

  interface Api {
    String ask(String question) throws IOException;
  }

  private Api api;

  static String stripPrefix(String name) {
    return name.startsWith("&") ? name.substring(1) : name;
  }

  Object acceptsLookupInTheParentRegistry(String name, EditableRegistry registry) {
    try {
      return registry.lookup(name);
    } catch (MissingEntryException e) {
      Registry parent = registry.getParent();
      if (parent instanceof EditableRegistry) {
        EditableRegistry editable = (EditableRegistry) parent;
        return acceptsLookupInTheParentRegistry(name, editable);
      }
      throw e;
    }
  }

  Object acceptsLookupThroughAPatternVariable(String name, EditableRegistry registry) {
    try {
      return registry.lookup(name);
    } catch (MissingEntryException e) {
      Registry up = registry.getParent();
      if (up instanceof EditableRegistry parent) {
        return acceptsLookupThroughAPatternVariable(name, parent);
      }
      throw e;
    }
  }

  boolean acceptsWalkUpTheRegistryChain(Registry registry, String name) {
    try {
      return registry.lookup(name) != null;
    } catch (RuntimeException e) {
      return acceptsWalkUpTheRegistryChain(registry.getParent(), name);
    }
  }

  Object acceptsKeyTransformedOnce(String name, Registry registry) {
    try {
      return registry.lookup(name);
    } catch (MissingEntryException e) {
      return acceptsKeyTransformedOnce(stripPrefix(name), registry);
    }
  }

  Object flagsSameArgumentsAgain(String name, Registry registry) {
    try {
      return registry.lookup(name);
    } catch (MissingEntryException e) {
      return flagsSameArgumentsAgain(name, registry); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  String flagsOnlyACountPassedOn(String question, int attempt) {
    try {
      return api.ask(question);
    } catch (IOException e) {
      return flagsOnlyACountPassedOn(question, attempt + 1); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  String flagsQuestionRepairedWithTheFailure(String question) {
    try {
      return api.ask(question);
    } catch (IOException e) {
      return flagsQuestionRepairedWithTheFailure(question + "\nError: " + e.getMessage()); // tracelint-expect: UnboundedRetry
    }
  }
}
