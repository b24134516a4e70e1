package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.Import;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.HarmlessCalls;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.SecretCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a unit's own text says about types when the engine could not resolve them (PMD without an auxclasspath): the
 * one place where imports and names stand in for types. Every question here takes the engine's answer when it has
 * one and falls back on the text only on an unknown answer, so that with full types these guesses never decide.
 */
public final class TypeEvidence {
  private TypeEvidence() {}

  /**
   * The engine's answer to "is {@code type} {@code canonicalName} or a subtype", or, when the type did not resolve
   * but its simple name is the owner's and the unit imports the owner's package on demand or lives in it, yes.
   */
  public static Tri isA(TypeRef type, String canonicalName, SourceUnit unit) {
    Tri answer = type.isSubtypeOf(canonicalName);
    if (answer != Tri.UNKNOWN || type.isResolved()) {
      return answer;
    }
    String simple = simpleNameOf(canonicalName);
    if (!type.simpleName().isEmpty() && type.simpleName().equals(simple)) {
      String pkg = packageOf(canonicalName);
      if (pkg.equals(unit.packageName()) || importsOnDemand(unit, pkg)) {
        return Tri.YES;
      }
    }
    return Tri.UNKNOWN;
  }

  /**
   * Whether {@code type} is exactly {@code canonicalName}, no subtype: by the engine, or, for a type it knows by name
   * only, as {@link #isA} guesses from the unit's imports.
   */
  public static boolean isExactly(TypeRef type, String canonicalName, SourceUnit unit) {
    return type.isResolved() ? type.is(canonicalName) : isA(type, canonicalName, unit).isYes();
  }

  /**
   * The canonical name of a class the engine knows by name only (unresolved, named by a single-type import or in full),
   * or {@code null} for a resolved type, an array, or a type nothing is known about.
   */
  public static String nameOnly(TypeRef type) {
    return type.isResolved() || type.isArray() ? null : type.qualifiedName();
  }

  /**
   * Whether a declared type is {@code canonicalName} or a subtype: by the engine, or, when the engine does not know all
   * its supertypes, by a supertype its {@code extends} or {@code implements} clause names (indirect supertypes stay
   * unseen).
   */
  public static boolean declaresSupertype(TypeDecl declaration, String canonicalName) {
    TypeRef type = declaration.type();
    if (type.isSubtypeOf(canonicalName).isYes()) {
      return true;
    }
    if (type.knowsAllSupertypes()) {
      return false;
    }
    for (String written : declaration.writtenSupertypes()) {
      if (writtenNameIs(written, canonicalName, declaration.unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a declared method overrides (or implements) a method of a supertype: by the engine, or, when the engine
   * does not know all the supertypes of its class, by {@code @Override}. A non-private, non-static method is taken to
   * override unless it does not say {@code @Override} while a same-named method of its class does: a class that marks
   * its overrides marks them all, so that method is an overload.
   */
  public static boolean overrides(MethodDecl method) {
    if (!method.info().overriddenMethods().isEmpty()) {
      return true;
    }
    TypeDecl owner = method.owner();
    if (owner.type().knowsAllSupertypes() || method.is(Modifier.PRIVATE) || method.is(Modifier.STATIC)) {
      return false;
    }
    if (saysOverride(method)) {
      return true;
    }
    for (MethodDecl other : owner.methods()) {
      if (other != method && other.name().equals(method.name()) && saysOverride(other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean saysOverride(MethodDecl method) {
    for (Annotation annotation : method.annotations()) {
      if (writtenNameIs(annotation.writtenName(), Override.class.getName(), method.unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type of {@code expression}, except that a call the engine could not resolve has none: PMD without an
   * auxclasspath still guesses a type for such a call (in a varargs position, the array type), and a guess must not
   * decide. The call's name is then all there is.
   */
  public static TypeRef knownType(Expr expression) {
    if (expression instanceof Expr.Call && !((Expr.Call) expression).method().isResolved()) {
      return TypeRef.UNKNOWN;
    }
    return expression.type();
  }

  /**
   * The declared types the unit's own text gives, there or elsewhere, to the same read as {@code read}, a zero-argument call or a
   * field read the engine could not type ({@code header.apiKey()}, {@code AuthenticationMethod.TOKEN}). The same read
   * is the same member read on a receiver of the same written type: a variable or field declared with it, a cast to
   * it, or the type named as the qualifier ({@code req.header.apiKey()} and {@code request.header.apiKey()} when both
   * {@code header}s are declared {@code RequestHeader}); a zero-argument method has one return type, so every such
   * read has the type any of them has. Given to: a local's or field's initializer, an {@code =} assignment to a
   * variable, an operand of {@code ==}/{@code !=} with a variable (Java rejects {@code ==} between unrelated
   * classes), or an argument of an unqualified call to the unit's only method of that name and arity. Only declared
   * (never {@code var}) types and non-array parameters count. Empty for a read the engine typed or a receiver of no
   * written type.
   */
  public static List<TypeRef> typesGivenToTheSameRead(Expr read, UnitIndex index) {
    List<TypeRef> types = new ArrayList<>();
    String key = readKey(read);
    if (key == null || knownType(read).isResolved()) {
      return types;
    }
    List<? extends Expr> candidates = read instanceof Expr.Call
        ? index.callsNamed(((Expr.Call) read).name())
        : index.<Expr.FieldAccess>all(Node.Kind.FIELD_ACCESS);
    for (Expr same : candidates) {
      if (key.equals(readKey(same))) {
        TypeRef given = typeGivenTo(same, index);
        if (given != null) {
          types.add(given);
        }
      }
    }
    return types;
  }

  /** {@code apiKey() on RequestHeader}: the member and the receiver's written type, or {@code null}. */
  private static String readKey(Expr read) {
    Expr receiver;
    String member;
    if (read instanceof Expr.Call && ((Expr.Call) read).arguments().isEmpty()) {
      receiver = ((Expr.Call) read).receiver();
      member = ((Expr.Call) read).name() + "()";
    } else if (read instanceof Expr.FieldAccess) {
      receiver = ((Expr.FieldAccess) read).receiver();
      member = ((Expr.FieldAccess) read).name();
    } else {
      return null;
    }
    String type = null;
    if (receiver instanceof Expr.TypeName) {
      type = "static " + ((Expr.TypeName) receiver).writtenName();
    } else if (receiver instanceof Expr.Name && ((Expr.Name) receiver).variable() == null) {
      // a qualifier the engine could not tell from a variable: AuthenticationMethod of AuthenticationMethod.TOKEN
      type = "static " + ((Expr.Name) receiver).name();
    } else if (receiver instanceof Expr.Cast) {
      type = ((Expr.Cast) receiver).writtenType();
    } else if (receiver != null && Nodes.variableOf(receiver) != null) {
      type = Nodes.variableOf(receiver).writtenType();
    }
    if (type == null || type.isEmpty()) {
      return null;
    }
    int arguments = type.indexOf('<');
    return member + " on " + (arguments < 0 ? type : type.substring(0, arguments)).trim();
  }

  /** The declared type of what {@code value} is given to where it stands, or {@code null}. */
  private static TypeRef typeGivenTo(Expr value, UnitIndex index) {
    Node parent = value.parent();
    if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == value) {
      return declaredType(((Stmt.LocalVar) parent).variable());
    }
    if (parent instanceof FieldDecl && ((FieldDecl) parent).initializer() == value) {
      return declaredType(((FieldDecl) parent).variable());
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == value
        && ((Expr.Assign) parent).operator().equals("=")) {
      return declaredType(Nodes.variableOf(((Expr.Assign) parent).target()));
    }
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()) {
      Expr.Binary comparison = (Expr.Binary) parent;
      return declaredType(Nodes.variableOf(comparison.left() == value ? comparison.right() : comparison.left()));
    }
    if (parent instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) parent;
      int position = call.arguments().indexOf(value);
      if (position < 0 || (call.receiver() != null && call.receiver().kind() != Node.Kind.THIS)) {
        return null;
      }
      MethodDecl only = null;
      for (MethodDecl method : index.<MethodDecl>all(Node.Kind.METHOD)) {
        if (method.name().equals(call.name()) && method.parameters().size() == call.arguments().size()) {
          if (only != null) {
            return null;
          }
          only = method;
        }
      }
      if (only == null || only.isVarargs()) {
        return null;
      }
      TypeRef parameter = declaredType(only.parameters().get(position));
      return parameter == null || parameter.isArray() ? null : parameter;
    }
    return null;
  }

  private static TypeRef declaredType(Variable variable) {
    return variable == null || variable.writtenType() == null ? null : variable.type();
  }

  /**
   * Whether {@code read}, a member the engine could not resolve (of a class PMD without an auxclasspath cannot load),
   * is a constant of a class whose name says it holds names: named as Java names its constants (upper case, digits
   * and underscores) and read on a type written with a suffix such as {@code Constants}, {@code Const} or
   * {@code Keys} ({@code IdentifyConstants.SECRET_KEY}, {@code PropertyKeyConst.PASSWORD}, {@code HttpHeaders
   * .AUTHORIZATION}: {@link SecretCatalog#holdsNames}). Such a constant is a key's or a header's name; with types the
   * engine reads the constant itself, so this only brings the no-types verdict to theirs. Another type's constant
   * ({@code ClientSettings.TOKEN}) may be a value read at runtime and keeps its name's verdict.
   */
  public static boolean namedAsConstantOfANamesHolder(Expr read) {
    if (!(read instanceof Expr.FieldAccess) || Nodes.variableOf(read) != null) {
      return false;
    }
    String name = ((Expr.FieldAccess) read).name();
    String holder = writtenTypeOf(((Expr.FieldAccess) read).receiver());
    return holder != null && SecretCatalog.holdsNames(simpleNameOf(holder))
        && name.chars().anyMatch(Character::isLetter)
        && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '_');
  }

  /**
   * Whether {@code type} is a class the engine knows by name only: declared with a type it could not load (a library
   * missing from PMD's auxclasspath, such as {@code GoogleCredentials}). Such a type is none of the JDK's, which always
   * resolve: a variable declared with it is not a {@code String}. A type nothing is known about (a {@code var} of
   * an unresolved call's result) is not one.
   */
  public static boolean isUnresolvedClass(TypeRef type) {
    return !type.isResolved() && !type.isArray() && !type.simpleName().isEmpty();
  }

  /**
   * Whether {@code type} is exactly {@code canonicalName} (not a subtype): the engine's answer when it resolved the
   * type; otherwise the name it knows from a single-type import, or the name as written ({@link #writtenNameIs}).
   */
  public static boolean isExactly(TypeRef type, String writtenName, String canonicalName, SourceUnit unit) {
    return type.is(canonicalName) || (!type.isResolved() && writtenNameIs(writtenName, canonicalName, unit));
  }

  /**
   * Whether {@code call} invokes {@code method}: the method of that name declared by its owner or a subtype. The engine
   * decides when it resolved the call. Otherwise a receiver's type decides as far as it is known, even by name only (a
   * variable declared as an imported type); a receiver of no type at all (the middle of a fluent chain such as
   * {@code RetryConfig.custom().maxAttempts(..)}) or an unqualified call falls back to the unit importing the owner's
   * type, its members or anything from its package.
   */
  public static boolean isCallTo(Expr.Call call, MethodRef method) {
    if (!call.name().equals(method.method())) {
      return false;
    }
    String owner = method.owner();
    MethodInfo target = call.method();
    if (target.isResolved() && target.declaringType().isResolved()) {
      return target.isDeclaredIn(owner).isYes();
    }
    Expr receiver = call.receiver();
    if (receiver != null) {
      TypeRef type = receiver.type();
      if (isA(type, owner, call.unit()).isYes()) {
        return true;
      }
      if (!type.simpleName().isEmpty()) {
        return false;
      }
      if (writesInFull(receiver, owner)) {
        // com.acme.sdk.Backoff.cooldown(n): a name no engine resolved, spelled as the owner's canonical name
        return true;
      }
      String written = writtenTypeOf(receiver);
      if (written != null && !namesType(written, owner)) {
        // MistralAiChatOptions.builder() in a file that imports RetryTemplate: another type's static method
        return false;
      }
    }
    return importsTypeOrPackage(call.unit(), owner);
  }

  /**
   * The type a receiver can only name, as written: a type name, or a name the engine knows as no variable that is
   * capitalised and not a constant ({@code MistralAiChatOptions}, not {@code CLIENT}); otherwise {@code null}.
   */
  private static String writtenTypeOf(Expr receiver) {
    if (receiver instanceof Expr.TypeName) {
      return ((Expr.TypeName) receiver).writtenName();
    }
    if (!(receiver instanceof Expr.Name) || ((Expr.Name) receiver).variable() != null) {
      return null;
    }
    String name = ((Expr.Name) receiver).name();
    boolean capitalised = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    return capitalised && !name.equals(name.toUpperCase(Locale.ROOT)) ? name : null;
  }

  /**
   * Whether {@code receiver} is a name the engine bound to no variable written exactly as {@code owner}'s canonical
   * name ({@code com.acme.sdk.Backoff}): a static call's owner in full, which needs no import. Without types PMD
   * leaves such a dotted name ambiguous; a package-qualified name cannot be a chain of fields.
   */
  static boolean writesInFull(Expr receiver, String owner) {
    return receiver instanceof Expr.Name && ((Expr.Name) receiver).variable() == null
        && owner.indexOf('.') > 0 && ((Expr.Name) receiver).name().equals(owner);
  }

  /** Whether a type name as written ({@code RetryTemplate}, {@code Retry.Builder}, in full) can name {@code owner}. */
  private static boolean namesType(String written, String owner) {
    return owner.equals(written) || owner.endsWith("." + written);
  }

  /**
   * Whether an unresolved {@code call} is given a value whose type the engine knows and that no count or predicate
   * parameter takes: a class other than a number ({@code Duration.ofSeconds(3)}, a {@code String}), or a primitive
   * other than a number. A resolved call, or an argument of unknown type (a lambda, a call the engine could not
   * type), says nothing.
   */
  public static boolean givenNeitherCountNorPredicate(Expr.Call call) {
    if (call.method().isResolved()) {
      return false;
    }
    for (Expr argument : call.arguments()) {
      TypeRef type = knownType(argument);
      if (type.qualifiedName() != null && type.isResolved() && !type.isInterface() && !isNumber(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(TypeRef type) {
    if (type.isPrimitive()) {
      return !type.is("boolean") && !type.is("char");
    }
    return type.isSubtypeOf(Number.class.getName()).isYes();
  }

  /**
   * Whether {@code call} is made on a type that {@code isOfInterest} accepts by canonical name: the type that declares
   * the resolved method, or the receiver's resolved type. Without types: the type of the receiver, or of the root of
   * its call chain ({@code Span.current().setAttribute(..)}), as the unit names it: by a single-type import, written
   * in full, or by its simple name under an on-demand import.
   */
  public static boolean isCallOnTypeIn(Expr.Call call, Predicate<String> isOfInterest) {
    MethodInfo target = call.method();
    if (target.isResolved() && target.declaringType().isResolved()) {
      if (isOfInterest.test(target.declaringType().qualifiedName())) {
        return true;
      }
      TypeRef receiverType = call.receiver() == null ? TypeRef.UNKNOWN : call.receiver().type();
      return receiverType.isResolved() && isOfInterest.test(receiverType.qualifiedName());
    }
    Expr receiver = call.receiver();
    if (receiver == null || receiver.kind() == Node.Kind.THIS || receiver.kind() == Node.Kind.SUPER) {
      return false;
    }
    TypeRef type = Nodes.chainRoot(receiver).type();
    if (type.qualifiedName() != null) {
      return isOfInterest.test(type.qualifiedName());
    }
    if (type.simpleName().isEmpty() || type.isArray()) {
      return false;
    }
    for (Import imported : call.unit().imports()) {
      if (!imported.isStatic() && imported.onDemand() && isOfInterest.test(imported.name() + "." + type.simpleName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code call} operates on an atomic variable in this process's memory: one of the JDK's
   * ({@link RetryCatalog#IN_MEMORY_ATOMIC_PACKAGE}: {@code writeLock.compareAndSet(true, false)}, {@code readLock.get()})
   * or a library's own named so ({@link RetryCatalog#IN_MEMORY_ATOMIC_TYPE_PREFIX}: Jetty's {@code AtomicBiInteger},
   * its static bit helpers {@code AtomicBiInteger.getHi(encoded)} included), by the method's declaring type or the
   * receiver's type when the engine resolved them; otherwise by one of the JDK classes' method names
   * ({@link RetryCatalog#IN_MEMORY_ATOMIC_METHOD_NAMES}) on a receiver the unit declares with an {@code Atomic...}
   * type, or by a static call on a type written {@code Atomic...}. A call on {@code this} or without a receiver is the
   * unit's own method, never one. Cluster-wide atomics are named otherwise ({@code IAtomicLong},
   * {@code RAtomicLong}, {@code DistributedAtomicLong}) and stay requests.
   */
  public static boolean isInMemoryAtomicCall(Expr.Call call) {
    Expr receiver = call.receiver();
    if (receiver == null || receiver.kind() == Node.Kind.THIS || receiver.kind() == Node.Kind.SUPER) {
      return false;
    }
    MethodInfo target = call.method();
    if (target.isResolved() && target.declaringType().isResolved()) {
      return isInMemoryAtomicType(target.declaringType().qualifiedName());
    }
    TypeRef type = receiver.type();
    if (type.isResolved() && type.qualifiedName() != null) {
      return isInMemoryAtomicType(type.qualifiedName());
    }
    String written = writtenTypeOf(receiver);
    if (written != null) {
      return isAtomicTypeName(simpleNameOf(written));
    }
    return RetryCatalog.IN_MEMORY_ATOMIC_METHOD_NAMES.contains(call.name())
        && isAtomicTypeName(simpleTypeName(receiver));
  }

  /**
   * Whether {@code call} only computes on numbers: a method of {@link RetryCatalog#PURE_ARITHMETIC_TYPES}
   * ({@code Math.max(count - 1, 0)}), by its declaring type, or by the type written as its receiver.
   */
  public static boolean isPureArithmeticCall(Expr.Call call) {
    MethodInfo target = call.method();
    if (target.isResolved() && target.declaringType().isResolved()) {
      String declaring = target.declaringType().qualifiedName();
      return declaring != null && RetryCatalog.PURE_ARITHMETIC_TYPES.contains(declaring);
    }
    String written = writtenTypeOf(call.receiver());
    return written != null && RetryCatalog.PURE_ARITHMETIC_TYPES.stream().anyMatch(type -> namesType(written, type));
  }

  /** An anonymous class has no qualified name ({@code null}): never an atomic type. */
  private static boolean isInMemoryAtomicType(String qualifiedName) {
    return qualifiedName != null && (RetryCatalog.IN_MEMORY_ATOMIC_PACKAGE.equals(packageOf(qualifiedName))
        || isAtomicTypeName(simpleNameOf(qualifiedName)));
  }

  private static boolean isAtomicTypeName(String simpleName) {
    String prefix = RetryCatalog.IN_MEMORY_ATOMIC_TYPE_PREFIX;
    return simpleName.length() > prefix.length() && simpleName.startsWith(prefix)
        && Character.isUpperCase(simpleName.charAt(prefix.length()));
  }

  /**
   * Whether {@code call} invokes {@code declaration}, a method of the same unit: the engine's answer when it resolved
   * the call; otherwise the same name and number of arguments.
   */
  public static boolean invokes(Expr.Call call, MethodDecl declaration) {
    MethodInfo target = call.method();
    if (target.isResolved()) {
      return target.declaration() == declaration;
    }
    return call.name().equals(declaration.name()) && call.arguments().size() == declaration.parameters().size();
  }

  /**
   * Whether a type name as written in the unit ({@code Span}, {@code io.opentelemetry.api.trace.Span}) refers to
   * {@code canonicalName}: written in full, imported by name, or its simple name under an on-demand import of its
   * package, in its package, or in {@code java.lang}.
   */
  public static boolean writtenNameIs(String written, String canonicalName, SourceUnit unit) {
    if (written == null || written.isEmpty()) {
      return false;
    }
    if (written.equals(canonicalName)) {
      return true;
    }
    String simple = simpleNameOf(canonicalName);
    if (written.indexOf('.') >= 0) {
      // Outer.Inner written against an import of Outer
      String top = written.substring(0, written.indexOf('.'));
      for (Import imported : unit.imports()) {
        if (!imported.isStatic() && !imported.onDemand() && imported.simpleName().equals(top)
            && (imported.name() + written.substring(top.length())).equals(canonicalName)) {
          return true;
        }
      }
      return false;
    }
    if (!written.equals(simple)) {
      return false;
    }
    String pkg = packageOf(canonicalName);
    for (Import imported : unit.imports()) {
      if (!imported.isStatic() && !imported.onDemand() && imported.name().equals(canonicalName)) {
        return true;
      }
    }
    return pkg.equals(unit.packageName()) || pkg.equals("java.lang") || importsOnDemand(unit, pkg);
  }

  /** Whether the unit has {@code import pkg.*;}. */
  public static boolean importsOnDemand(SourceUnit unit, String pkg) {
    if (pkg.isEmpty()) {
      return false;
    }
    for (Import imported : unit.imports()) {
      if (!imported.isStatic() && imported.onDemand() && imported.name().equals(pkg)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the unit imports anything from {@code pkg}: a type of it by name, or the package on demand. */
  public static boolean importsFromPackage(SourceUnit unit, String pkg) {
    if (pkg.isEmpty()) {
      return false;
    }
    for (Import imported : unit.imports()) {
      if (imported.isStatic()) {
        continue;
      }
      if (imported.onDemand() ? imported.name().equals(pkg) : packageOf(imported.name()).equals(pkg)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the unit imports {@code canonicalName}'s top-level type (by name, or any of its members statically) or
   * anything from its package.
   */
  public static boolean importsTypeOrPackage(SourceUnit unit, String canonicalName) {
    if (importsFromPackage(unit, packageOf(canonicalName))) {
      return true;
    }
    String topLevel = topLevelTypeOf(canonicalName);
    for (Import imported : unit.imports()) {
      if (imported.name().equals(topLevel) || imported.name().startsWith(topLevel + ".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the unit works with a library by its package prefix ({@code com.azure.cosmos}): the unit lives in one of
   * its packages, or imports anything from them (a type by name, a package on demand, a member statically). A library
   * the unit names only in full, without an import, is not seen.
   */
  public static boolean worksWithPackageUnder(SourceUnit unit, String prefix) {
    if (isUnder(unit.packageName(), prefix)) {
      return true;
    }
    for (Import imported : unit.imports()) {
      if (isUnder(imported.name(), prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnder(String name, String prefix) {
    return !prefix.isEmpty() && (name.equals(prefix) || name.startsWith(prefix + "."));
  }

  /** Whether {@code owner#member} is imported statically, by name or on demand. */
  public static boolean importsStatically(SourceUnit unit, String owner, String member) {
    for (Import imported : unit.imports()) {
      if (imported.isStatic()
          && (imported.onDemand() ? imported.name().equals(owner) : imported.name().equals(owner + "." + member))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The package of a canonical type name by the usual convention (packages lower case, types capitalised):
   * {@code io.opentracing} for {@code io.opentracing.Tracer.SpanBuilder}; empty for the default package.
   */
  public static String packageOf(String canonicalName) {
    if (canonicalName == null) {
      return "";
    }
    String pkg = MethodRef.packageOf(canonicalName);
    return pkg.length() == canonicalName.length() ? "" : pkg;
  }

  /**
   * The top-level type of a canonical type name, the one an import names for a nested type:
   * {@code io.opentracing.Tracer} for {@code io.opentracing.Tracer.SpanBuilder}.
   */
  public static String topLevelTypeOf(String canonicalName) {
    String pkg = packageOf(canonicalName);
    String rest = pkg.isEmpty() ? canonicalName : canonicalName.substring(pkg.length() + 1);
    int dot = rest.indexOf('.');
    return (pkg.isEmpty() ? "" : pkg + ".") + (dot < 0 ? rest : rest.substring(0, dot));
  }

  public static String simpleNameOf(String canonicalName) {
    return canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
  }

  /** The package of a type the engine knows by name only, or empty. */
  public static String packageOf(TypeRef type) {
    return packageOf(type.qualifiedName());
  }

  /**
   * The simple name of an expression's static type: the engine's, or, when it could not type the expression, the
   * written type of the variable it reads (generic arguments dropped); empty when nothing is known.
   */
  public static String simpleTypeName(Expr expression) {
    TypeRef type = knownType(expression);
    if (!type.simpleName().isEmpty()) {
      return type.simpleName();
    }
    Variable variable = Nodes.variableOf(expression);
    String written = variable == null || variable.declaredWithVar() ? null : variable.writtenType();
    if (written == null) {
      return "";
    }
    return simpleNameOfWritten(written);
  }

  /** The simple name of a type as written, without its type arguments: {@code Outer.Inner<T>} gives {@code Inner}. */
  public static String simpleNameOfWritten(String written) {
    int generic = written.indexOf('<');
    return simpleNameOf(generic < 0 ? written : written.substring(0, generic)).trim();
  }

  private static final String ANNOTATION = "java.lang.annotation.Annotation";

  /**
   * Whether {@code value} is an annotation ({@code traced} in {@code traced.value()}): the engine's answer when it
   * typed the expression (every annotation type is a subtype of {@code java.lang.annotation.Annotation}), or an
   * annotation type declared in the unit. Otherwise the unit's text decides: a variable declared with an annotation
   * type of the unit, a local to which only {@code null} and annotation lookups given a class literal are assigned
   * ({@code Traced traced = AnnotationUtils.findAnnotation(method, Traced.class);}), or such a lookup itself.
   */
  public static boolean isAnnotationValue(Expr value) {
    TypeRef type = knownType(value);
    if (declaresAnnotation(type.qualifiedName(), type.simpleName(), value.unit())) {
      return true;
    }
    if (type.isResolved()) {
      return type.isSubtypeOf(ANNOTATION) == Tri.YES;
    }
    if (value instanceof Expr.Call) {
      return isAnnotationLookup(value);
    }
    Variable variable = Nodes.variableOf(value);
    if (variable == null) {
      return false;
    }
    String written = variable.writtenType();
    if (written != null && declaresAnnotation(null, simpleNameOf(written), value.unit())) {
      return true;
    }
    return variable.kind() == Variable.VarKind.LOCAL && onlyAnnotationLookupsAssigned(variable, value.unit());
  }

  /** An annotation type declared in the unit: by canonical name when known, else the only one of that simple name. */
  private static boolean declaresAnnotation(String qualified, String simple, SourceUnit unit) {
    if (qualified == null && (simple == null || simple.isEmpty())) {
      return false;
    }
    for (TypeDecl declared : UnitIndex.of(unit).<TypeDecl>all(Node.Kind.TYPE)) {
      if (declared.typeKind() == TypeDecl.TypeKind.ANNOTATION && (qualified != null
          ? qualified.equals(declared.type().qualifiedName()) : declared.name().equals(simple))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyAnnotationLookupsAssigned(Variable local, SourceUnit unit) {
    boolean lookedUp = false;
    if (local.declaration() instanceof Stmt.LocalVar) {
      Expr initializer = ((Stmt.LocalVar) local.declaration()).initializer();
      if (initializer != null && !Nodes.isNull(initializer)) {
        if (!isAnnotationLookup(initializer)) {
          return false;
        }
        lookedUp = true;
      }
    }
    for (Expr.Name use : UnitIndex.of(unit).namesOf(local)) {
      if (use.parent() instanceof Expr.Assign && ((Expr.Assign) use.parent()).target() == use) {
        Expr.Assign assignment = (Expr.Assign) use.parent();
        if (assignment.isCompound()) {
          return false;
        }
        if (!Nodes.isNull(assignment.value())) {
          if (!isAnnotationLookup(assignment.value())) {
            return false;
          }
          lookedUp = true;
        }
      }
    }
    return lookedUp;
  }

  /** {@code method.getAnnotation(Traced.class)}, {@code AnnotationUtils.findAnnotation(type, Traced.class)}. */
  private static boolean isAnnotationLookup(Expr value) {
    if (!(value instanceof Expr.Call)) {
      return false;
    }
    Expr.Call call = (Expr.Call) value;
    List<Expr> arguments = call.arguments();
    return HarmlessCalls.isAnnotationLookup(call.name()) && !arguments.isEmpty()
        && arguments.get(arguments.size() - 1).kind() == Node.Kind.CLASS_LITERAL;
  }
}
