package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Annotation;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.RetryCatalog;
import dev.tracelint.catalog.RetryProblem;
import java.util.List;
import java.util.Set;

/**
 * Retry settings that a framework or library offers its users rather than uses itself, outside the retry library's own
 * packages: a fallback chosen only when the user supplied no setting ({@code backOff == null ? new NoBackOffPolicy() :
 * backOff}), a published default or option constant that the unit never reads ({@code public static final FixedBackOff
 * DEFAULT_BACK_OFF = new FixedBackOff(0, 9)}), and an option method named for the setting whose body only installs it
 * ({@code noBackoff() { this.backOff = new FixedBackOff(0); return this; }}). The decision belongs to whoever takes the
 * option; the same setting at a call site (a template built and used, a constant the unit passes to its own retry) is
 * reported. See docs/rules/RetryWithoutBackoff.md, "What is not flagged".
 */
final class RetrySettingDefinitions {
  /** Method annotations that leave a method an ordinary option; any other (a {@code @Bean} factory) makes it a site. */
  private static final Set<String> NEUTRAL_METHOD_ANNOTATIONS = Set.of("Override", "Deprecated");

  /** Names of static calls that only check a precondition, which an option method may make before installing. */
  private static final List<String> PRECONDITION_PREFIXES =
      List.of("is", "not", "has", "check", "require", "assert", "validate", "state");

  private RetrySettingDefinitions() {}

  /** Whether the setting at {@code site} (a call or a {@code new}) is offered to users rather than configured. */
  static boolean offered(Expr site, RetryProblem problem) {
    Expr top = Nodes.chainTop(site);
    return fallbackForAbsentValue(top) || publishedConstant(top, problem) || defaultOfASettableField(top)
        || (optionMethod(site, problem) && !appliedToARetriedCall(site));
  }

  /**
   * A setting applied in place to a call that it retries: a publisher's retry operator on a call
   * ({@code client.events(id).retry()}), or the spec given to {@code retryWhen} on one
   * ({@code client.events(id).retryWhen(Retry.indefinitely())}). Subscribing to what the method returns runs that call
   * again and again, so the method is a call site whatever its name says ({@code eventsForever()}); an option method
   * hands a setting out without running anything.
   */
  private static boolean appliedToARetriedCall(Expr site) {
    Expr.Call operator = null;
    if (site instanceof Expr.Call
        && RetryCatalog.PUBLISHER_RETRY_OPERATOR_NAMES.contains(((Expr.Call) site).name())) {
      operator = (Expr.Call) site;
    } else {
      Expr spec = Nodes.chainTop(site);
      if (spec.parent() instanceof Expr.Call && ((Expr.Call) spec.parent()).arguments().contains(spec)
          && RetryCatalog.PUBLISHER_RETRY_OPERATOR_NAMES.contains(((Expr.Call) spec.parent()).name())) {
        operator = (Expr.Call) spec.parent();
      }
    }
    return operator != null && operator.receiver() instanceof Expr.Call;
  }

  /**
   * {@code configured == null ? setting : configured}, {@code configured != null ? configured : setting},
   * {@code if (configured == null) configured = setting;}, or the fallback of a catalogued absent-value call
   * ({@code Objects.requireNonNullElse(configured, setting)}, {@code Optional...orElse(setting)}, also inside the
   * supplier lambda of {@code orElseGet}).
   */
  private static boolean fallbackForAbsentValue(Expr setting) {
    Node parent = setting.parent();
    if (parent instanceof Expr.Lambda && ((Expr.Lambda) parent).body() == setting) {
      return parent.parent() instanceof Expr.Call && isAbsentValueFallback((Expr.Call) parent.parent(),
          (Expr) parent);
    }
    if (parent instanceof Expr.Call) {
      return isAbsentValueFallback((Expr.Call) parent, setting);
    }
    if (parent instanceof Expr.Conditional) {
      Expr.Conditional choice = (Expr.Conditional) parent;
      Expr.Binary test = choice.condition() instanceof Expr.Binary ? (Expr.Binary) choice.condition() : null;
      if (test == null || !test.operator().isEquality()) {
        return false;
      }
      Expr tested = nullTested(test);
      boolean equalsNull = test.operator() == Expr.Binary.Op.EQ;
      Expr settingArm = equalsNull ? choice.ifTrue() : choice.ifFalse();
      Expr otherArm = equalsNull ? choice.ifFalse() : choice.ifTrue();
      return tested != null && settingArm == setting && sameValue(tested, otherArm);
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == setting
        && !((Expr.Assign) parent).isCompound()) {
      Stmt.If guard = Nodes.enclosing(parent, Stmt.If.class);
      return guard != null && Nodes.isWithin(parent, guard.thenStatement())
          && guard.condition() instanceof Expr.Binary
          && ((Expr.Binary) guard.condition()).operator() == Expr.Binary.Op.EQ
          && sameValue(nullTested((Expr.Binary) guard.condition()), ((Expr.Assign) parent).target())
          && Nodes.enclosingCodeOwner(parent) == Nodes.enclosingCodeOwner(guard);
    }
    return false;
  }

  private static boolean isAbsentValueFallback(Expr.Call call, Expr argument) {
    List<Expr> arguments = call.arguments();
    if (arguments.isEmpty() || arguments.get(arguments.size() - 1) != argument) {
      return false;
    }
    for (MethodRef fallback : RetryCatalog.ABSENT_VALUE_FALLBACKS) {
      if (TypeEvidence.isCallTo(call, fallback)) {
        return true;
      }
    }
    return false;
  }

  /** {@code x} of {@code x == null} or {@code null != x}, or {@code null}. */
  private static Expr nullTested(Expr.Binary test) {
    if (Nodes.isNull(test.right()) && !Nodes.isNull(test.left())) {
      return test.left();
    }
    if (Nodes.isNull(test.left()) && !Nodes.isNull(test.right())) {
      return test.right();
    }
    return null;
  }

  /**
   * The same value read twice: the same variable ({@code backOff}, {@code this.backOff}), or the same getter without
   * arguments on it ({@code props.getBackOff()}).
   */
  private static boolean sameValue(Expr a, Expr b) {
    if (a == null || b == null) {
      return false;
    }
    Variable variable = Nodes.variableOf(a);
    if (variable != null) {
      return variable == Nodes.variableOf(b);
    }
    if (a instanceof Expr.Call && b instanceof Expr.Call) {
      Expr.Call first = (Expr.Call) a;
      Expr.Call second = (Expr.Call) b;
      return first.name().equals(second.name()) && first.arguments().isEmpty() && second.arguments().isEmpty()
          && (first.receiver() == null ? second.receiver() == null || second.receiver() instanceof Expr.This
              : sameValue(first.receiver(), second.receiver()));
    }
    return false;
  }

  /**
   * The initializer of a published constant (public, static and final, or a field of an interface, in a public type)
   * named as a default or for the setting, that no code of the unit reads: a definition its users may take or
   * replace. A constant the unit reads itself configures the unit's own retries and stays reported at its
   * initializer.
   */
  private static boolean publishedConstant(Expr setting, RetryProblem problem) {
    if (!(setting.parent() instanceof FieldDecl) || ((FieldDecl) setting.parent()).initializer() != setting) {
      return false;
    }
    Variable field = ((FieldDecl) setting.parent()).variable();
    TypeDecl owner = Nodes.enclosingType(setting);
    boolean published = owner != null && isPublicType(owner) && (owner.typeKind() == TypeDecl.TypeKind.INTERFACE
        || (field.is(Modifier.PUBLIC) && field.is(Modifier.STATIC) && field.is(Modifier.FINAL)));
    return published && RetryCatalog.namesSettingOrDefault(field.name(), problem)
        && !readInUnit(field, setting.unit().nodes());
  }

  /**
   * The initializer of a field that a public method or constructor of its public type sets from one of its parameters
   * ({@code private RetryPolicy retryPolicy = RetryPolicy.builder().delay(Duration.ZERO).build();} beside
   * {@code public void setRetryPolicy(RetryPolicy retryPolicy) { this.retryPolicy = retryPolicy; }}): the type's
   * default, in force only until its user sets another, as a fallback for an absent value is. A final field, a field
   * only the type itself sets, or one of a type its users cannot reach configures the type's own retries.
   */
  private static boolean defaultOfASettableField(Expr setting) {
    if (!(setting.parent() instanceof FieldDecl) || ((FieldDecl) setting.parent()).initializer() != setting) {
      return false;
    }
    Variable field = ((FieldDecl) setting.parent()).variable();
    TypeDecl owner = Nodes.enclosingType(setting);
    if (field == null || field.is(Modifier.FINAL) || owner == null || !isPublicType(owner)) {
      return false;
    }
    for (MethodDecl method : owner.methods()) {
      if (method.is(Modifier.PUBLIC) && method.body() != null && assignsFromAParameter(method, field)) {
        return true;
      }
    }
    return false;
  }

  /** {@code this.field = parameter;} (or {@code field = parameter;}) in {@code method}'s own code. */
  private static boolean assignsFromAParameter(MethodDecl method, Variable field) {
    return Nodes.anyInline(method.body(), node -> node instanceof Expr.Assign
        && !((Expr.Assign) node).isCompound()
        && Nodes.variableOf(((Expr.Assign) node).target()) == field
        && isParameterOf(Nodes.variableOf(((Expr.Assign) node).value()), method));
  }

  private static boolean isParameterOf(Variable value, MethodDecl method) {
    // The model's lists are immutable, and those reject a null search
    return value != null && method.parameters().contains(value);
  }

  /** A type its users can reach: public, and every type around it public too (an interface's members are). */
  private static boolean isPublicType(TypeDecl type) {
    for (TypeDecl current = type; current != null; current = Nodes.enclosingType(current)) {
      TypeDecl outer = Nodes.enclosingType(current);
      boolean memberOfInterface = outer != null && outer.typeKind() == TypeDecl.TypeKind.INTERFACE;
      if (!current.is(Modifier.PUBLIC) && !memberOfInterface) {
        return false;
      }
    }
    return true;
  }

  private static boolean readInUnit(Variable field, List<Node> nodes) {
    for (Node node : nodes) {
      if ((node instanceof Expr.Name || node instanceof Expr.FieldAccess) && Nodes.variableOf((Expr) node) == field) {
        return true;
      }
    }
    return false;
  }

  /**
   * A public method of a public type (an API its users call), that carries no annotation but {@code @Override}/{@code @Deprecated} (a {@code @Bean}
   * factory is the application's own configuration), is named for the setting or as a default, and whose body only
   * installs the setting: every statement assigns a field, returns ({@code return this;}, {@code return setting;}),
   * checks a precondition by a static call, or hands the setting to a method of the object itself or of one of its
   * fields ({@code setBackOff(setting)}, {@code template.setBackOffPolicy(setting)}), and the setting is in one of
   * them, not in a lambda or nested class.
   */
  private static boolean optionMethod(Expr setting, RetryProblem problem) {
    Node owner = Nodes.enclosingCodeOwner(setting);
    if (!(owner instanceof MethodDecl)) {
      return false;
    }
    MethodDecl method = (MethodDecl) owner;
    TypeDecl type = method.owner();
    boolean published = method.is(Modifier.PUBLIC) || (type != null && type.typeKind() == TypeDecl.TypeKind.INTERFACE);
    if (method.isConstructor() || !published || type == null || !isPublicType(type) || method.body() == null
        || !RetryCatalog.namesSettingOrDefault(method.name(), problem)) {
      return false;
    }
    for (Annotation annotation : method.annotations()) {
      if (!NEUTRAL_METHOD_ANNOTATIONS.contains(annotation.simpleName())) {
        return false;
      }
    }
    boolean installed = false;
    for (Stmt statement : method.body().statements()) {
      boolean holdsSetting = Nodes.isWithin(setting, statement);
      if (!installs(statement, holdsSetting)) {
        return false;
      }
      installed |= holdsSetting;
    }
    return installed;
  }

  /** Whether a statement of an option method only installs (see {@link #optionMethod}). */
  private static boolean installs(Stmt statement, boolean holdsSetting) {
    if (statement.kind() == Node.Kind.ASSERT) {
      return true;
    }
    if (statement instanceof Stmt.Jump && statement.kind() == Node.Kind.RETURN) {
      Expr value = ((Stmt.Jump) statement).expression();
      return holdsSetting || value == null || value instanceof Expr.This || Nodes.variableOf(value) != null;
    }
    if (!(statement instanceof Stmt.ExprStmt)) {
      return false;
    }
    Expr expression = ((Stmt.ExprStmt) statement).expression();
    if (expression instanceof Expr.Assign) {
      Variable target = Nodes.variableOf(((Expr.Assign) expression).target());
      return target != null && target.kind() == Variable.VarKind.FIELD;
    }
    if (expression instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) expression;
      if (holdsSetting) {
        Expr root = Nodes.chainRoot(call);
        Variable rootVariable = root == call ? null : Nodes.variableOf(root);
        return root == call || root instanceof Expr.This
            || (rootVariable != null && rootVariable.kind() == Variable.VarKind.FIELD);
      }
      return isTypeReceiver(call.receiver()) && isPreconditionName(call.name());
    }
    return false;
  }

  /** {@code Assert} of {@code Assert.isNull(..)}: a type, or a capitalised name the engine did not bind. */
  private static boolean isTypeReceiver(Expr receiver) {
    if (receiver instanceof Expr.TypeName) {
      return true;
    }
    String name = Nodes.bareName(receiver);
    return name != null && !name.isEmpty() && Nodes.variableOf(receiver) == null
        && Character.isUpperCase(name.charAt(0));
  }

  private static boolean isPreconditionName(String name) {
    for (String prefix : PRECONDITION_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
