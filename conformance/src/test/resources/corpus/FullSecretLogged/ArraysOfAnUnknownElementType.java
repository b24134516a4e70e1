package corpus.fullsecretlogged;

import com.google.common.collect.ObjectArrays;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An array whose element type the engine cannot tell (PMD without an auxclasspath infers {@code toArray(T[])} from an
 * argument of a library it cannot load): no text type is known, so no secret text is, and the rule must not fail on
 * the missing name. An array of characters holds text in every engine.
 */
class ArraysOfAnUnknownElementType {
  private static final Logger log = LoggerFactory.getLogger(ArraysOfAnUnknownElementType.class);

  void acceptsNamedGroupsCopiedIntoAnArrayOfALibrary(List<String> namedGroups) {
    log.info("groups: {}", Arrays.toString(namedGroups.toArray(ObjectArrays.newArray(String.class, 0))));
  }

  void acceptsScopesCopiedIntoAnArrayOfALibrary(List<String> grantedScopes) {
    log.debug("scopes: {}", Arrays.asList(grantedScopes.toArray(ObjectArrays.newArray(String.class, 0))));
  }

  void flagsTheCharactersOfAnApiKey(String apiKey) {
    log.info("key: {}", Arrays.toString(apiKey.toCharArray())); // tracelint-expect: FullSecretLogged
  }
}
