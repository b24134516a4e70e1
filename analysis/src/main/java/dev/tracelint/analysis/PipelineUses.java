package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.PipelineCatalog;
import dev.tracelint.catalog.PipelineKind;
import java.util.List;
import java.util.Map;

/**
 * Whether code hands an owned pipeline off, after which someone else manages its lifecycle and ExitBeforeTraceFlush
 * leaves it alone: returned, stored in another variable or a collection, passed to a method or constructor that may
 * close it, or completed inside a lambda or class that is not a shutdown hook (someone else decides when). Uses that
 * keep it here: a call on it ({@code sdk.getTracer(..)}, {@code sdk.close()}), a null test, assigning it a new pipeline
 * or {@code null}, a shutdown hook, passing it into another pipeline's builder or to a neutral registration
 * ({@code GlobalOpenTelemetry.set}), to a same-class helper that itself keeps it, or where the callee declares one of
 * the use-only API types ({@code OpenTelemetry}).
 */
final class PipelineUses {
  private PipelineUses() {}

  /** Whether any use of a member within {@code scope} (a method body, or a class for fields) hands it off. */
  static boolean handedOff(OwnedPipelines owned, Map<Variable, PipelineKind> members, Node scope) {
    for (Node node : Nodes.all(scope)) {
      if (!(node instanceof Expr.Name) && !(node instanceof Expr.FieldAccess)) {
        continue;
      }
      Variable variable = Nodes.variableOf((Expr) node);
      if (variable != null && members.containsKey(variable) && !isOwnUse(owned, (Expr) node, scope, 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOwnUse(OwnedPipelines owned, Expr use, Node scope, int depth) {
    if (inHook(use, scope)) {
      return true;
    }
    boolean captured = isCaptured(use, scope);
    Node parent = use.parent();
    if (parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == use) {
      return !captured || !owned.calls().catalog().isAnyCompleteMethod(((Expr.Call) parent).name());
    }
    if (parent instanceof Expr.FieldAccess && ((Expr.FieldAccess) parent).receiver() == use) {
      return true;
    }
    if (parent instanceof Expr.MethodRef && ((Expr.MethodRef) parent).receiver() == use) {
      return !owned.calls().catalog().isAnyCompleteMethod(((Expr.MethodRef) parent).name());
    }
    if (parent instanceof Expr.Binary && ((Expr.Binary) parent).operator().isEquality()
        && (Nodes.isNull(((Expr.Binary) parent).left()) || Nodes.isNull(((Expr.Binary) parent).right()))) {
      return true;
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).target() == use) {
      Expr value = ((Expr.Assign) parent).value();
      return !((Expr.Assign) parent).isCompound() && (Nodes.isNull(value) || owned.creation(value, 0) != null);
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).arguments().contains(use)) {
      Expr.Call call = (Expr.Call) parent;
      if (owned.calls().isAbsorbing(call) || PipelineCalls.isNeutralSink(call)) {
        return true;
      }
      int index = call.arguments().indexOf(use);
      MethodDecl helper = SameClassHelpers.targetInScope(call);
      if (helper != null) {
        return depth < SameClassHelpers.MAX_DEPTH && index < helper.parameters().size()
            && keptBy(owned, helper, helper.parameters().get(index), depth + 1);
      }
      return isUseOnlyParameter(call.method().parameterTypes(), call.method().isVarargs(), index);
    }
    if (parent instanceof Expr.New && ((Expr.New) parent).arguments().contains(use)) {
      Expr.New creation = (Expr.New) parent;
      return isUseOnlyParameter(creation.method().parameterTypes(), creation.method().isVarargs(),
          creation.arguments().indexOf(use));
    }
    return false;
  }

  /** Whether a helper keeps its pipeline parameter here: every use of it in the helper is an own use. */
  private static boolean keptBy(OwnedPipelines owned, MethodDecl helper, Variable parameter, int depth) {
    for (Node node : Nodes.all(helper.body())) {
      if (node instanceof Expr.Name && ((Expr.Name) node).variable() == parameter
          && !isOwnUse(owned, (Expr) node, helper.body(), depth)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUseOnlyParameter(List<TypeRef> parameters, boolean varargs, int index) {
    if (parameters == null || parameters.isEmpty() || index < 0) {
      return false;
    }
    if (index >= parameters.size() - 1 && varargs) {
      return OwnedPipelines.isUseOnly(parameters.get(parameters.size() - 1).componentType());
    }
    return index < parameters.size() && OwnedPipelines.isUseOnly(parameters.get(index));
  }

  /** Inside the argument of {@code addShutdownHook(..)} or of a {@code new Thread(..)}: the code of a shutdown hook. */
  private static boolean inHook(Node use, Node scope) {
    for (Node current = use.parent(); current != null && current != scope; current = current.parent()) {
      if (current instanceof Expr.Call && PipelineCalls.isHookRegistration((Expr.Call) current)) {
        return true;
      }
      if (current instanceof Expr.New && isThread((Expr.New) current)) {
        return true;
      }
    }
    return false;
  }

  static boolean isThread(Expr.New creation) {
    TypeRef type = creation.type();
    return type.isResolved() ? type.isSubtypeOf(PipelineCatalog.THREAD_TYPE).isYes()
        : creation.writtenType().equals("Thread") || creation.writtenType().equals(PipelineCatalog.THREAD_TYPE);
  }

  private static boolean isCaptured(Node use, Node scope) {
    for (Node current = use.parent(); current != null && current != scope; current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return true;
      }
    }
    return false;
  }
}
