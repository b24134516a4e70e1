package dev.tracelint.analysis.model;

import java.util.List;
import java.util.Map;

/**
 * What an engine knows about a type. With full types (javac, PMD with an auxclasspath) every question has a definite
 * answer; without them (PMD without an auxclasspath, a {@code var} whose initializer did not resolve) the type may
 * be known by name only ({@link #qualifiedName()} from a single-type import) or not at all.
 */
public interface TypeRef {

  /** A type nothing is known about. */
  TypeRef UNKNOWN = new TypeRef() {
    @Override
    public String qualifiedName() {
      return null;
    }

    @Override
    public String simpleName() {
      return "";
    }

    @Override
    public boolean isResolved() {
      return false;
    }

    @Override
    public Tri isSubtypeOf(String canonicalName) {
      return Tri.UNKNOWN;
    }

    @Override
    public String toString() {
      return "?";
    }
  };

  /**
   * The canonical name of the erased type ({@code java.lang.String}, {@code io.opentracing.Tracer.SpanBuilder},
   * {@code int}, {@code byte[]}), or {@code null} when the engine does not know it. An unresolved type named by a
   * single-type import has its imported name.
   */
  String qualifiedName();

  /** The simple name ({@code SpanBuilder}), as resolved or as written; empty when nothing is known. */
  String simpleName();

  /** Whether the engine knows this type and all its supertypes. */
  boolean isResolved();

  /**
   * Whether the engine knows every supertype of this type, so that a {@link Tri#NO} from {@link #isSubtypeOf} is
   * definite. A class declared in the unit is known itself even when a supertype it names is not (PMD without an
   * auxclasspath); this says whether such a gap exists.
   */
  default boolean knowsAllSupertypes() {
    return false;
  }

  /**
   * Whether this type is {@code canonicalName} or a subtype of it. Unresolved types answer {@link Tri#YES} when their
   * name is {@code canonicalName} and {@link Tri#UNKNOWN} otherwise.
   */
  Tri isSubtypeOf(String canonicalName);

  default boolean isPrimitive() {
    return false;
  }

  default boolean isArray() {
    return false;
  }

  /** The element type of an array type; {@link #UNKNOWN} otherwise. */
  default TypeRef componentType() {
    return UNKNOWN;
  }

  /** Whether this resolved type is an interface. */
  default boolean isInterface() {
    return false;
  }

  /** The names of the components of a resolved record type, in order; empty for any other type or when unknown. */
  default List<String> recordComponentNames() {
    return List.of();
  }

  /**
   * The instance fields a resolved class type declares itself (private ones included), by name; empty for any other
   * type or when unknown.
   */
  default Map<String, TypeRef> declaredInstanceFields() {
    return Map.of();
  }

  /** The direct superclass of a resolved class type, or {@code null}. */
  default TypeRef superclass() {
    return null;
  }

  /** The annotation types on the declaration of this resolved type (for meta-annotations); empty when unknown. */
  default List<TypeRef> annotationTypes() {
    return List.of();
  }

  /** Whether this type is named exactly {@code canonicalName} (no subtype). */
  default boolean is(String canonicalName) {
    return canonicalName.equals(qualifiedName());
  }
}
