package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.PipelineCatalog;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * ExitBeforeTraceFlush's statements that run before a pipeline can have recorded anything: a failure there exits with
 * an empty export queue, so it loses no telemetry ({@code Tracer tracer = provider.get("cli"); PrintStream out = new
 * PrintStream(System.out, true, UTF_8); try { ... } finally { provider.close(); }}; a Lambda handler parsing its event
 * before the {@code try} that flushes). Telemetry reaches a pipeline only through its members and what they hand out,
 * so a statement that names neither records nothing. A statement that only obtains a handle
 * ({@code Tracer tracer = sdk.getTracer("job");}) records nothing either; the handle counts as the pipeline afterwards.
 *
 * <p>Precision over reach: a pipeline registered as the global instance (any code may record into it) has no such
 * statements, and for a field (which the class's own methods may read) only statements whose calls all start at
 * locals or parameters qualify.
 */
final class BeforeFirstRecord {
  private static final Set<Variable.VarKind> LOCAL_KINDS = EnumSet.of(Variable.VarKind.LOCAL,
      Variable.VarKind.PARAMETER, Variable.VarKind.FOREACH, Variable.VarKind.RESOURCE,
      Variable.VarKind.LAMBDA_PARAMETER, Variable.VarKind.PATTERN, Variable.VarKind.EXCEPTION_PARAMETER);

  private BeforeFirstRecord() {}

  /**
   * The last of the statements of {@code statements}, from index {@code from} on, that run before the pipeline can
   * have recorded anything, or {@code null} when the first one already may.
   *
   * @param members the pipeline's variables
   * @param field the pipeline is held in a field
   * @param creation the expression that builds it, or {@code null}
   */
  static Stmt lastQuiet(List<Stmt> statements, int from, Set<Variable> members, boolean field, Expr creation,
      Predicate<Expr.Call> completes) {
    if (statements.isEmpty() || (creation != null && Nodes.anyInline(creation, node -> node instanceof Expr.Call
        && PipelineCatalog.GLOBAL_REGISTRATION_METHODS.contains(((Expr.Call) node).name())))) {
      return null;
    }
    Set<Variable> pipeline = new HashSet<>(members);
    pipeline.addAll(fieldHandles(statements.get(0), members));
    Stmt last = null;
    int i = Math.max(0, from);
    for (; i < statements.size(); i++) {
      Stmt statement = statements.get(i);
      Variable handle = handleDeclaredBy(statement, pipeline);
      if (handle != null) {
        pipeline.add(handle);
      } else if (!isQuiet(statement, pipeline, field)) {
        break;
      }
      last = statement;
    }
    // Only where the method records into the pipeline after them: an unused pipeline is judged as it always was.
    return last != null && recordsFrom(statements, i, pipeline, members, completes) ? last : null;
  }

  /** {@code TRACER} of {@code static final Tracer TRACER = SDK.getTracer("job");}: a field holding a handle. */
  private static Set<Variable> fieldHandles(Node inside, Set<Variable> members) {
    Set<Variable> handles = new HashSet<>();
    for (TypeDecl type = Nodes.enclosingType(inside); type != null; type = Nodes.enclosingType(type)) {
      for (Node member : type.members()) {
        if (member instanceof FieldDecl && ((FieldDecl) member).initializer() instanceof Expr.Call
            && members.contains(Nodes.variableOf(Nodes.chainRoot(((FieldDecl) member).initializer())))) {
          handles.add(((FieldDecl) member).variable());
        }
      }
    }
    return handles;
  }

  /**
   * Whether a statement from {@code from} on uses the pipeline other than to complete it: a handle named, or a call
   * chain on a member that is not a completion ({@code sdk.getTracer("job")}, not {@code sdk.close()}).
   */
  private static boolean recordsFrom(List<Stmt> statements, int from, Set<Variable> pipeline, Set<Variable> members,
      Predicate<Expr.Call> completes) {
    for (int i = from; i < statements.size(); i++) {
      for (Node node : Nodes.all(statements.get(i))) {
        if (!(node instanceof Expr)) {
          continue;
        }
        Variable variable = Nodes.variableOf((Expr) node);
        if (variable == null || !pipeline.contains(variable)) {
          continue;
        }
        if (!members.contains(variable)) {
          return true;
        }
        Expr top = Nodes.chainTop((Expr) node);
        if (!(top instanceof Expr.Call) || !completes.test((Expr.Call) top)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code Tracer tracer = sdk.getTracer("job");}: a local holding what a call chain on the pipeline hands out. */
  private static Variable handleDeclaredBy(Stmt statement, Set<Variable> pipeline) {
    if (!(statement instanceof Stmt.LocalVar)) {
      return null;
    }
    Stmt.LocalVar declaration = (Stmt.LocalVar) statement;
    Expr initializer = declaration.initializer();
    if (!(initializer instanceof Expr.Call) || !pipeline.contains(Nodes.variableOf(Nodes.chainRoot(initializer)))) {
      return null;
    }
    return declaration.variable();
  }

  private static boolean isQuiet(Stmt statement, Set<Variable> pipeline, boolean field) {
    for (Node node : Nodes.all(statement)) {
      switch (node.kind()) {
        case BREAK:
        case CONTINUE:
        case YIELD:
        case LAMBDA:
        case METHOD_REFERENCE:
        case TYPE:
          // A jump to elsewhere in the method (judged as before), or code that runs later or elsewhere: not quiet. A
          // return or throw is not refused: leaving before anything is recorded loses nothing, as a failure there does.
          return false;
        default:
          break;
      }
      if (!(node instanceof Expr)) {
        continue;
      }
      Variable variable = Nodes.variableOf((Expr) node);
      if (variable != null && (pipeline.contains(variable) || (field && !LOCAL_KINDS.contains(variable.kind())))) {
        return false;
      }
      if (field && !runsNoCodeOfTheClass(node)) {
        return false;
      }
    }
    return true;
  }

  /** A call on a local or parameter, or a JDK object creation: no method of the class that holds the field runs. */
  private static boolean runsNoCodeOfTheClass(Node node) {
    if (node instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) node;
      Variable root = call.receiver() == null ? null : Nodes.variableOf(Nodes.chainRoot(call.receiver()));
      return root != null && LOCAL_KINDS.contains(root.kind());
    }
    if (node instanceof Expr.New) {
      return HarmlessCode.isHarmlessCreation((Expr.New) node);
    }
    return true;
  }
}
