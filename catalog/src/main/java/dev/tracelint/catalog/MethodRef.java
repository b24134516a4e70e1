package dev.tracelint.catalog;

import java.util.Objects;

/**
 * A method named by its declaring type and simple name, as written in options and catalogues:
 * {@code com.example.agent.AgentTracer#startTrace}. Overloads are not distinguished.
 */
public record MethodRef(String owner, String method) {

  public MethodRef {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(method, "method");
  }

  /**
   * Parses {@code OWNER#method}, where OWNER is a canonical type name (nested types with dots, as in
   * {@code io.opentracing.Tracer.SpanBuilder}; the binary {@code io.opentracing.Tracer$SpanBuilder} is read as that).
   *
   * @throws CatalogConfigurationException naming {@code option} and the entry when it is not of that form
   */
  public static MethodRef parse(String option, String entry) {
    String text = entry.trim();
    int hash = text.indexOf('#');
    if (hash <= 0 || hash != text.lastIndexOf('#') || hash == text.length() - 1) {
      throw new CatalogConfigurationException(option, entry, "expected OWNER#method");
    }
    String owner = canonicalOwner(text.substring(0, hash));
    String method = text.substring(hash + 1);
    if (!isQualifiedName(owner)) {
      throw new CatalogConfigurationException(option, entry, "'" + owner + "' is not a type name");
    }
    if (!isIdentifier(method)) {
      throw new CatalogConfigurationException(option, entry, "'" + method + "' is not a method name");
    }
    return new MethodRef(owner, method);
  }

  /**
   * {@code name} with a nested type's binary separator written as the canonical dot: {@code com.example.Outer$Inner}
   * (as a stack trace or {@code Class#getName} spells it) is {@code com.example.Outer.Inner}, the name both engines
   * resolve; otherwise such an entry would be accepted and never match anything. A {@code $} that does not stand
   * between two names ({@code $Proxy}, {@code Outer$$Lambda}) is left alone.
   */
  public static String canonicalOwner(String name) {
    return NESTED_BINARY_SEPARATOR.matcher(name).replaceAll(".");
  }

  private static final java.util.regex.Pattern NESTED_BINARY_SEPARATOR =
      java.util.regex.Pattern.compile("(?<=[A-Za-z0-9_])\\$(?=[A-Za-z_])");

  /** The owner's simple name: {@code SpanBuilder} for {@code io.opentracing.Tracer.SpanBuilder}. */
  public String ownerSimpleName() {
    return owner.substring(owner.lastIndexOf('.') + 1);
  }

  /**
   * The owner's package, assuming the usual convention that packages are lower case and types start with an upper-case
   * letter: {@code io.opentracing} for {@code io.opentracing.Tracer.SpanBuilder}. Empty for the default package.
   */
  public String ownerPackage() {
    return packageOf(owner);
  }

  /**
   * The package part of a canonical name, packages lower case and types capitalised: {@code io.opentracing} of
   * {@code io.opentracing.Tracer.SpanBuilder}; the whole name when no part is capitalised.
   */
  public static String packageOf(String canonicalName) {
    StringBuilder pkg = new StringBuilder();
    for (String part : canonicalName.split("\\.", -1)) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        break;
      }
      if (pkg.length() > 0) {
        pkg.append('.');
      }
      pkg.append(part);
    }
    return pkg.toString();
  }

  /**
   * The owner's top-level type, the one an import names for a nested owner: {@code io.opentracing.Tracer} for
   * {@code io.opentracing.Tracer.SpanBuilder}.
   */
  public String ownerTopLevelType() {
    String pkg = ownerPackage();
    String rest = pkg.isEmpty() ? owner : owner.substring(pkg.length() + 1);
    int dot = rest.indexOf('.');
    String top = dot < 0 ? rest : rest.substring(0, dot);
    return pkg.isEmpty() ? top : pkg + "." + top;
  }

  /** The owner's binary name, as class loaders and {@code Class.forName} spell it: nested types joined by {@code $}. */
  public String ownerBinaryName() {
    String top = ownerTopLevelType();
    return top + owner.substring(top.length()).replace('.', '$');
  }

  @Override
  public String toString() {
    return owner + "#" + method;
  }

  static boolean isQualifiedName(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
