package dev.tracelint.analysis.model;

import java.util.List;

/** What an engine knows about the method (or constructor) a call invokes, or a declared method overrides. */
public interface MethodInfo {

  /** A method nothing is known about beyond the name written at the call. */
  static MethodInfo unknown(String name) {
    return new MethodInfo() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean isResolved() {
        return false;
      }

      @Override
      public TypeRef declaringType() {
        return TypeRef.UNKNOWN;
      }

      @Override
      public Tri isStatic() {
        return Tri.UNKNOWN;
      }

      @Override
      public TypeRef returnType() {
        return TypeRef.UNKNOWN;
      }

      @Override
      public List<TypeRef> parameterTypes() {
        return null;
      }

      @Override
      public String toString() {
        return "?#" + name;
      }
    };
  }

  String name();

  /** Whether the engine resolved the call to one method of a known type. */
  boolean isResolved();

  /** The type that declares the method; {@link TypeRef#UNKNOWN} when unresolved. */
  TypeRef declaringType();

  Tri isStatic();

  TypeRef returnType();

  /** The formal parameter types, or {@code null} when unknown. */
  List<TypeRef> parameterTypes();

  default boolean isVarargs() {
    return false;
  }

  /** Annotation types on the method's declaration (known for resolved methods). */
  default List<TypeRef> annotationTypes() {
    return List.of();
  }

  /**
   * The exception types the resolved method declares in its {@code throws} clause; {@code null} when unknown (the
   * method is not resolved, or the engine does not say).
   */
  default List<TypeRef> thrownTypes() {
    return null;
  }

  /** The methods this one overrides or implements, nearest first; empty when none or unknown. */
  default List<MethodInfo> overriddenMethods() {
    return List.of();
  }

  /** The declaration in the analysed compilation unit, or {@code null}. */
  default MethodDecl declaration() {
    return null;
  }

  /** Whether the declaring type is {@code canonicalName} or one of its subtypes. */
  default Tri isDeclaredIn(String canonicalName) {
    return declaringType().isSubtypeOf(canonicalName);
  }
}
