package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.InitializerDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link MethodSummaries} fact: a method or constructor of the unit that cannot throw in practice, because its body
 * is {@linkplain HarmlessCode harmless} with its {@code return}s allowed: it only assigns fields and locals, returns
 * fields, parameters, literals or harmless expressions, and calls harmless code or other such methods of the unit
 * ({@code CallState(Request request) { this.request = request; }}, {@code Listener listener() { return delegate
 * .getListener(); }}). A constructor also runs its class's instance field initializers and initializer blocks, and its
 * superclass's constructor: only {@code Object}'s (no {@code extends}) or another constructor of the same class
 * ({@code this(..)}) is known. Summaries are {@link MethodSummaries#MAX_DEPTH} calls deep, which cuts cycles.
 */
final class CannotThrow implements MethodSummaries.Fact<Boolean> {
  static final CannotThrow FACT = new CannotThrow();

  private CannotThrow() {}

  /** What the summaries of the unit say; the summary every top-level judgment uses. */
  static boolean summarised(MethodDecl method) {
    return MethodSummaries.of(method.unit()).of(method, FACT);
  }

  @Override
  public Boolean unknown() {
    return Boolean.FALSE;
  }

  @Override
  public Boolean compute(MethodDecl method, MethodSummaries.Callees<Boolean> callees) {
    HarmlessCode body = HarmlessCode.inSummary(callees::of);
    if (method.isConstructor() && !constructs(method.owner(), body, startsWithThisCall(method))) {
      return false;
    }
    return body.isHarmless(method.body());
  }

  /**
   * Whether the invocation certainly runs a method or constructor of the unit that cannot throw, as {@code summary}
   * says; its receiver and arguments are not judged here. Also {@code super()} of a class that extends nothing.
   */
  static boolean runsSummarised(Expr.Invocation invocation, Function<MethodDecl, Boolean> summary) {
    if (invocation instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) invocation;
      if (call.receiver() == null && call.name().equals("super")) {
        TypeDecl owner = Nodes.enclosingType(call);
        return owner != null && owner.writtenSuperclass() == null && call.arguments().isEmpty();
      }
      if (call.receiver() == null && call.name().equals("this")) {
        MethodDecl constructor = constructorOf(Nodes.enclosingType(call), call);
        return constructor != null && summary.apply(constructor);
      }
      MethodDecl target = SameClassHelpers.inUnit(call);
      if (target == null) {
        return isImplicitRecordAccessor(call) || isAccessorOfATypeElsewhere(call);
      }
      return !target.is(Modifier.ABSTRACT) && summary.apply(target);
    }
    Expr.New creation = (Expr.New) invocation;
    if (creation.anonymousBody() != null || creation.outer() != null) {
      return false;
    }
    TypeDecl type = SameClassHelpers.receiverClass(creation);
    if (type == null || (type.typeKind() != TypeDecl.TypeKind.CLASS && type.typeKind() != TypeDecl.TypeKind.RECORD)
        || type.is(Modifier.ABSTRACT)) {
      return false;
    }
    MethodDecl constructor = constructorOf(type, creation);
    if (constructor != null) {
      return summary.apply(constructor);
    }
    return !hasConstructor(type) && implicitConstructorCannotThrow(type, creation.arguments().size());
  }

  /**
   * {@code request.question()} on a record of the unit that declares no method of that name: the accessor Java
   * writes, which returns the component's field. A record is final, so the call lands there whatever the engine
   * resolved; an accessor the record writes itself is a declared method, judged by its body like any other.
   */
  private static boolean isImplicitRecordAccessor(Expr.Call call) {
    if (!call.arguments().isEmpty()) {
      return false;
    }
    TypeDecl record = call.isOnThis() ? Nodes.enclosingType(call)
        : call.receiver() instanceof Expr.TypeName ? null : SameClassHelpers.receiverClass(call.receiver());
    if (record == null || record.typeKind() != TypeDecl.TypeKind.RECORD
        || record.recordComponents().stream().noneMatch(component -> component.name().equals(call.name()))) {
      return false;
    }
    return record.methods().stream().noneMatch(method -> method.name().equals(call.name()));
  }

  /**
   * {@code request.model()} on a record declared in another file or a library, as the engine resolved it: a
   * component's accessor. Java writes it unless the record declares one, and a declared one that does more than
   * return its field is rare enough to trust the convention. The same holds for a value class in the fluent style
   * ({@code toolRequest.arguments()}, {@code response.metadata()}): a no-argument method named and typed like an
   * instance field its class declares returns that field. Without types such a call is unknown.
   */
  private static boolean isAccessorOfATypeElsewhere(Expr.Call call) {
    if (!call.arguments().isEmpty() || !call.method().isResolved()) {
      return false;
    }
    TypeRef declaring = call.method().declaringType();
    if (declaring.recordComponentNames().contains(call.name())) {
      return true;
    }
    TypeRef field = declaring.declaredInstanceFields().get(call.name());
    return field != null && field.isResolved() && call.method().returnType().isResolved()
        && field.qualifiedName().equals(call.method().returnType().qualifiedName());
  }

  /** The constructor of {@code type} an invocation runs: the one the engine resolved, or the only one of that arity. */
  private static MethodDecl constructorOf(TypeDecl type, Expr.Invocation invocation) {
    if (type == null) {
      return null;
    }
    MethodDecl declared = invocation.method().declaration();
    if (declared != null) {
      return declared.isConstructor() && declared.owner() == type && declared.body() != null ? declared : null;
    }
    MethodDecl only = null;
    for (MethodDecl method : type.methods()) {
      if (method.isConstructor() && (method.parameters().size() == invocation.arguments().size()
          || method.isVarargs())) {
        if (only != null) {
          return null;
        }
        only = method;
      }
    }
    return only == null || only.body() == null ? null : only;
  }

  private static boolean hasConstructor(TypeDecl type) {
    return type.methods().stream().anyMatch(MethodDecl::isConstructor);
  }

  /**
   * The constructor Java writes for a class that declares none: a record's canonical one (it assigns the components),
   * or a class's argument-less one, which runs {@code Object()} and the instance initializers (judged alone, without
   * summaries: nothing is followed from here).
   */
  private static boolean implicitConstructorCannotThrow(TypeDecl type, int arguments) {
    if (type.typeKind() == TypeDecl.TypeKind.RECORD) {
      return arguments == type.recordComponents().size();
    }
    return arguments == 0 && constructs(type, HarmlessCode.inSummary(method -> false), false);
  }

  /**
   * What any constructor of {@code type} runs besides its body: the superclass's constructor (unless it starts with
   * {@code this(..)}, judged in its body) and the instance field initializers and initializer blocks.
   */
  private static boolean constructs(TypeDecl type, HarmlessCode harmless, boolean delegates) {
    if (type == null || type.typeKind() == TypeDecl.TypeKind.ANONYMOUS || type.typeKind() == TypeDecl.TypeKind.ENUM
        || type.typeKind() == TypeDecl.TypeKind.INTERFACE || type.typeKind() == TypeDecl.TypeKind.ANNOTATION
        || (!delegates && type.writtenSuperclass() != null)) {
      return false;
    }
    for (Node member : type.members()) {
      if (member instanceof FieldDecl) {
        FieldDecl field = (FieldDecl) member;
        if (!field.variable().is(Modifier.STATIC) && !harmless.isHarmless(field.initializer())) {
          return false;
        }
      } else if (member instanceof InitializerDecl) {
        InitializerDecl initializer = (InitializerDecl) member;
        if (!initializer.isStatic() && !harmless.isHarmless(initializer.body())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean startsWithThisCall(MethodDecl constructor) {
    List<Stmt> statements = constructor.body().statements();
    if (statements.isEmpty() || !(statements.get(0) instanceof Stmt.ExprStmt)) {
      return false;
    }
    Expr first = ((Stmt.ExprStmt) statements.get(0)).expression();
    return first instanceof Expr.Call && ((Expr.Call) first).receiver() == null
        && ((Expr.Call) first).name().equals("this");
  }
}
