package corpus.unboundedretry;

/**
 * A loop that walks up a hierarchy through a pattern variable ({@code factory instanceof Hierarchical parent}, then
 * {@code factory = parent.getParent()}) steps through candidates: the pattern variable is the tested value under
 * another name. A loop that asks the same object again until it answers is a poll.
 */
class PatternVariableSteps {
  interface Factory {
    boolean holds(String name);
  }

  interface Listable extends Factory {
    Object definition(String name);
  }

  interface Hierarchical extends Factory {
    Factory getParent();
  }

  Object acceptsDefinitionSearchUpTheParents(Factory start, String name) {
    Object definition = null;
    Factory factory = start;
    do {
      if (factory instanceof Listable listable && listable.holds(name)) {
        definition = listable.definition(name);
      }
      if (factory instanceof Hierarchical hierarchical) {
        factory = hierarchical.getParent();
      }
    } while (definition == null);
    return definition;
  }

  Object acceptsSearchThroughACast(Factory start, String name) {
    Object definition = null;
    Factory factory = start;
    while (definition == null) {
      if (factory instanceof Listable) {
        definition = ((Listable) factory).definition(name);
      }
      factory = ((Hierarchical) factory).getParent();
    }
    return definition;
  }

  Object flagsSameFactoryAskedUntilItAnswers(Listable factory, String name) {
    Object definition = null;
    while (definition == null) { // tracelint-expect: UnboundedRetry
      definition = factory.definition(name);
    }
    return definition;
  }
}
