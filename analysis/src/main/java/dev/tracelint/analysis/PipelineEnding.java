package dev.tracelint.analysis;

import dev.tracelint.analysis.ObligationWalk.Flow;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.PipelineCatalog;
import dev.tracelint.catalog.PipelineKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What completes one owned trace pipeline, for ExitBeforeTraceFlush's use of the shared {@link ObligationWalk}: a
 * completing call on it or on a pipeline it absorbed ({@code sdk.close()}, {@code tp.shutdown().join(10, SECONDS)},
 * {@code reporter.flush()}), a same-class helper that completes it on every path, and, where the exit runs shutdown
 * hooks, a hook registered for it ({@code Runtime.getRuntime().addShutdownHook(new Thread(sdk::close))}). A
 * {@code shutdown()} or {@code forceFlush()} whose result is not waited on completes nothing. Exit calls end a path
 * without completing anything: they are judged on their own.
 */
final class PipelineEnding implements ObligationWalk.Ending {

  /** Whether a registered shutdown hook completes the pipeline for the exit being judged. */
  enum Hooks {
    /** {@code System.exit}, {@code Runtime#exit} and {@code main} returning: the JVM runs the hooks. */
    COUNT,
    /** {@code Runtime#halt} and a Lambda handler returning: no hook runs. */
    IGNORED
  }

  private final PipelineCalls calls;
  private final Map<Variable, PipelineKind> members;
  private final Hooks hooks;
  private final int depth;

  /**
   * @param members the pipeline's variables (the one holding it and those it absorbed) and their kinds
   * @param depth how many helper calls deep this judgment already is
   */
  PipelineEnding(PipelineCalls calls, Map<Variable, PipelineKind> members, Hooks hooks, int depth) {
    this.calls = calls;
    // A map that answers "no" for null: the variable of an expression is often unknown.
    this.members = new LinkedHashMap<>(members);
    this.hooks = hooks;
    this.depth = depth;
  }

  Map<Variable, PipelineKind> members() {
    return members;
  }

  @Override
  public boolean isEndCall(Expr.Call call) {
    return isCompletion(call) || (hooks == Hooks.COUNT && isHookFor(call)) || completingHelper(call);
  }

  /**
   * An end call evaluated whenever the statement runs: the whole expression statement, a local's initializer, an
   * {@code if} condition ({@code if (!tp.forceFlush().join(5, SECONDS).isSuccess()) ...}), a returned value
   * ({@code return tp.forceFlush().join(5, SECONDS).isSuccess() ? 0 : 2;}, evaluated before the method returns); not
   * inside a lambda, a conditional operand (its condition counts) or the right side of {@code &&}/{@code ||}.
   */
  @Override
  public boolean isEndStatement(Stmt statement) {
    Expr expression = null;
    if (statement instanceof Stmt.ExprStmt) {
      expression = ((Stmt.ExprStmt) statement).expression();
    } else if (statement instanceof Stmt.LocalVar) {
      expression = ((Stmt.LocalVar) statement).initializer();
    } else if (statement instanceof Stmt.If) {
      expression = ((Stmt.If) statement).condition();
    } else if (statement.kind() == Node.Kind.RETURN) {
      expression = ((Stmt.Jump) statement).expression();
    }
    return expression != null && evaluatesEnd(expression);
  }

  /**
   * Whether evaluating {@code expression} evaluates an end call on every path: not inside a lambda, a conditional
   * operand or the right side of {@code &&}/{@code ||}.
   */
  boolean evaluatesEnd(Expr expression) {
    java.util.ArrayDeque<Expr> pending = new java.util.ArrayDeque<>();
    pending.push(expression);
    while (!pending.isEmpty()) {
      Expr current = pending.pop();
      if (current instanceof Expr.Call) {
        Expr.Call call = (Expr.Call) current;
        if (isEndCall(call)) {
          return true;
        }
        if (call.receiver() != null) {
          pending.push(call.receiver());
        }
        call.arguments().forEach(pending::push);
      } else if (current instanceof Expr.Unary) {
        pending.push(((Expr.Unary) current).operand());
      } else if (current instanceof Expr.Binary) {
        Expr.Binary binary = (Expr.Binary) current;
        pending.push(binary.left());
        if (binary.operator() != Expr.Binary.Op.AND && binary.operator() != Expr.Binary.Op.OR) {
          pending.push(binary.right());
        }
      } else if (current instanceof Expr.Assign) {
        pending.push(((Expr.Assign) current).value());
      } else if (current instanceof Expr.Cast) {
        pending.push(((Expr.Cast) current).expression());
      } else if (current instanceof Expr.Conditional) {
        // The condition always runs; only one of the operands does.
        pending.push(((Expr.Conditional) current).condition());
      }
    }
    return false;
  }

  /**
   * Calls on the pipeline itself ({@code sdk.getTracer(..)}), on what it hands out
   * ({@code SDK.getTracer("job").spanBuilder("run").startSpan()}) and its global registration cannot fail, here; nor
   * can calls on the tracing APIs, as in UnclosedTrace's model ({@code tracer.spanBuilder("job").startSpan()} before
   * the {@code try} whose {@code finally} closes the SDK).
   */
  @Override
  public boolean isVouchedFor(Expr.Call call) {
    if (call.receiver() != null && (memberRoot(call.receiver()) != null
        || members.containsKey(Nodes.variableOf(Nodes.chainRoot(call.receiver()))))) {
      return true;
    }
    if (UnclosedTraceFlow.isTracingApiCall(call) || completesAnotherPipeline(call)) {
      return true;
    }
    if (PipelineCalls.isNeutralSink(call)) {
      for (Expr argument : call.arguments()) {
        if (members.containsKey(Nodes.variableOf(argument))) {
          return true;
        }
      }
    }
    // The pipeline's own (lazy) creation: if it throws, nothing was built.
    for (Node current = call.parent(); current instanceof Expr; current = current.parent()) {
      if (current instanceof Expr.Assign && members.containsKey(Nodes.variableOf(((Expr.Assign) current).target()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code meters.close()} beside the close of the pipeline judged ({@code try { spans.close(); meters.close(); } catch
   * (RuntimeException e) { .. }}), {@code meters} a local built by a catalogued creation: completing another pipeline
   * is vouched for as a call on this one is.
   */
  private boolean completesAnotherPipeline(Expr.Call call) {
    Variable other = call.receiver() == null ? null : Nodes.variableOf(call.receiver());
    if (other == null || !other.isLocal() || !(other.declaration() instanceof Stmt.LocalVar)
        || !calls.catalog().isAnyCompleteMethod(call.name())) {
      return false;
    }
    Expr initializer = ((Stmt.LocalVar) other.declaration()).initializer();
    return initializer instanceof Expr.Call && calls.creation((Expr.Call) initializer) != null;
  }

  /**
   * Building or hooking telemetry loses none: a catalogued pipeline creation with its builder chain and arguments
   * ({@code SdkMeterProvider.builder()...build()} between the tracer provider and its {@code try}), a shutdown hook's
   * thread and its registration.
   */
  @Override
  public boolean isVouchedForWithArguments(Expr.Invocation invocation) {
    if (invocation instanceof Expr.New) {
      return PipelineUses.isThread((Expr.New) invocation);
    }
    Expr.Call call = (Expr.Call) invocation;
    return PipelineCalls.isHookRegistration(call) || calls.creation(call) != null;
  }

  @Override
  public boolean isNonNullCheck(Expr condition) {
    if (!(condition instanceof Expr.Binary) || ((Expr.Binary) condition).operator() != Expr.Binary.Op.NE) {
      return false;
    }
    Expr.Binary binary = (Expr.Binary) condition;
    return (Nodes.isNull(binary.right()) && members.containsKey(Nodes.variableOf(binary.left())))
        || (Nodes.isNull(binary.left()) && members.containsKey(Nodes.variableOf(binary.right())));
  }

  /** An exit call, or a call to a helper that exits on every path: judged on its own, it ends the path. */
  @Override
  public boolean endsPath(Stmt statement) {
    if (!(statement instanceof Stmt.ExprStmt) || !(((Stmt.ExprStmt) statement).expression() instanceof Expr.Call)) {
      return false;
    }
    Expr.Call call = (Expr.Call) ((Stmt.ExprStmt) statement).expression();
    return PipelineCalls.exit(call) != null || alwaysExits(call, depth);
  }

  /**
   * {@code catch (Exception e)} (or {@code Throwable}): a job that logs the failure and goes on to close the pipeline
   * is not leaking through the calls of its {@code try}; an {@code Error} is treated as the implicit exceptions are.
   */
  @Override
  public boolean catchesEverything(Stmt.Catch handler) {
    for (String written : handler.writtenTypes()) {
      if (written.equals("Exception") || written.equals("java.lang.Exception") || written.equals("Throwable")
          || written.equals("java.lang.Throwable")) {
        return true;
      }
      if ((written.equals("RuntimeException") || written.equals("java.lang.RuntimeException"))
          && handler.parent() instanceof Stmt.Try && throwsOnlyUnchecked((Stmt.Try) handler.parent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code try { config = Config.from(args); } catch (RuntimeException e) { ... }}: a block without resources or
   * {@code throw} whose calls declare no checked exception can only throw what {@code catch (RuntimeException e)}
   * catches (errors aside, as for {@code catch (Exception e)}). Without types a library method's {@code throws} clause
   * is unknown, and the shape alone decides (see the docs page's limits).
   */
  private static boolean throwsOnlyUnchecked(Stmt.Try tryStatement) {
    if (!tryStatement.resources().isEmpty()) {
      return false;
    }
    return !Nodes.anyInline(tryStatement.block(), node -> node.kind() == Node.Kind.THROW
        || (node instanceof Expr.Invocation && HarmlessCode.declaresCheckedException((Expr.Invocation) node)));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Completion

  /** A completing call: synchronous ({@code close()}, {@code flush()}), or a wait on an asynchronous one. */
  boolean isCompletion(Expr.Call call) {
    if (BlockingCalls.isThreadWait(call) && releasedByACompletionCallback(call)) {
      return true;
    }
    if (PipelineCalls.isWait(call)) {
      Expr result = call.receiver();
      if (result instanceof Expr.Call) {
        Expr.Call resultCall = (Expr.Call) result;
        if (isCompleteCall(resultCall, true)) {
          return true;
        }
        if (PipelineCalls.isResultCombinator(resultCall)) {
          return Nodes.anyInline(resultCall, inner -> inner instanceof Expr.Call
              && isCompleteCall((Expr.Call) inner, true));
        }
        return false;
      }
      // CompletableResultCode result = sdk.shutdown(); result.join(10, SECONDS);
      Variable stored = Nodes.variableOf(result);
      if (stored != null && stored.isLocal() && stored.declaration() instanceof Stmt.LocalVar) {
        Expr initializer = ((Stmt.LocalVar) stored.declaration()).initializer();
        return initializer instanceof Expr.Call && isCompleteCall((Expr.Call) initializer, true);
      }
      return false;
    }
    return isCompleteCall(call, false);
  }

  /**
   * A wait on a synchronizer (a latch, a semaphore, a future of the method's own) that a callback of a completing
   * call's result releases, in the same method: {@code sdk.shutdown().whenComplete(done::countDown);
   * done.await(10, SECONDS);}, also through a local holding the result. The wait is the completion, as
   * {@code join(..)} on the result would be.
   */
  private boolean releasedByACompletionCallback(Expr.Call wait) {
    Variable synchronizer = wait.receiver() == null ? null : Nodes.variableOf(wait.receiver());
    MethodDecl method = Nodes.enclosing(wait, MethodDecl.class);
    if (synchronizer == null || method == null || method.body() == null) {
      return false;
    }
    for (Node node : Nodes.all(method.body())) {
      if (!(node instanceof Expr.Call) || !BlockingCalls.releases((Expr.Call) node, synchronizer)) {
        continue;
      }
      Expr result = ((Expr.Call) node).receiver();
      Variable stored = result == null ? null : Nodes.variableOf(result);
      if (stored != null && stored.isLocal() && stored.declaration() instanceof Stmt.LocalVar) {
        result = ((Stmt.LocalVar) stored.declaration()).initializer();
      }
      if (result instanceof Expr.Call && isCompleteCall((Expr.Call) result, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A complete method called on a member, directly or through its getters ({@code sdk.getSdkTracerProvider()}).
   *
   * @param waited its result is waited on; otherwise it counts only if it needs no wait
   */
  private boolean isCompleteCall(Expr.Call call, boolean waited) {
    if (call.receiver() == null) {
      return false;
    }
    Variable root = memberRoot(call.receiver());
    if (root == null) {
      return false;
    }
    PipelineKind kind = members.get(root);
    boolean direct = Nodes.variableOf(call.receiver()) == root;
    if (direct ? !kind.isCompleteMethod(call.name()) : !calls.catalog().isAnyCompleteMethod(call.name())) {
      return false;
    }
    return waited || !mustBeWaited(call, kind, direct);
  }

  private static boolean mustBeWaited(Expr.Call call, PipelineKind kind, boolean direct) {
    if (direct && kind.configured()) {
      // An in-house complete method: its declared result decides; unknown without types, then it counts.
      return PipelineCalls.returnsAsyncResult(call) == Tri.YES;
    }
    return direct ? kind.mustBeWaited(call.name()) : PipelineCatalog.isOpenTelemetryWaited(call.name());
  }

  /** {@code sdk::close} in a hook: a complete method that needs no wait. */
  private boolean isCompletingReference(Expr.MethodRef reference) {
    Variable root = reference.receiver() == null ? null : memberRoot(reference.receiver());
    if (root == null) {
      return false;
    }
    PipelineKind kind = members.get(root);
    return kind.isCompleteMethod(reference.name()) && !kind.mustBeWaited(reference.name());
  }

  /** The member a receiver is, or starts a chain of argument-less getters at; {@code null} otherwise. */
  Variable memberRoot(Expr receiver) {
    Expr current = receiver;
    while (current instanceof Expr.Call) {
      Expr.Call getter = (Expr.Call) current;
      if (!getter.arguments().isEmpty() || !getter.name().startsWith("get") || getter.receiver() == null) {
        return null;
      }
      current = getter.receiver();
    }
    Variable variable = Nodes.variableOf(current);
    return members.containsKey(variable) ? variable : null;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Shutdown hooks

  /** {@code addShutdownHook(t)} where the hook thread completes the pipeline. */
  boolean isHookFor(Expr.Call call) {
    if (!PipelineCalls.isHookRegistration(call)) {
      return false;
    }
    Expr hook = call.arguments().get(0);
    Variable thread = Nodes.variableOf(hook);
    if (thread != null && thread.isLocal() && thread.declaration() instanceof Stmt.LocalVar) {
      hook = ((Stmt.LocalVar) thread.declaration()).initializer();
    }
    return hook != null && hookCompletes(hook);
  }

  /** Whether anything the hook runs (a lambda, a method reference, an anonymous {@code run()}) completes the pipeline. */
  boolean hookCompletes(Node hook) {
    if (hook instanceof Expr.Call && depth < SameClassHelpers.MAX_DEPTH) {
      // addShutdownHook(shutdownHook(sdk)): a same-class helper that returns the hook thread.
      MethodDecl helper = SameClassHelpers.targetInScope((Expr.Call) hook);
      if (helper != null) {
        PipelineEnding inHelper =
            new PipelineEnding(calls, membersInHelper((Expr.Call) hook, helper), Hooks.COUNT, depth + 1);
        for (Node node : Nodes.inline(helper.body())) {
          if (node.kind() == Node.Kind.RETURN && ((Stmt.Jump) node).expression() != null
              && inHelper.hookCompletes(((Stmt.Jump) node).expression())) {
            return true;
          }
        }
        return false;
      }
    }
    PipelineEnding inHook = new PipelineEnding(calls, members, Hooks.IGNORED, depth);
    for (Node node : Nodes.all(hook)) {
      if (node instanceof Expr.Call && (inHook.isCompletion((Expr.Call) node) || inHook.completingHelper((Expr.Call) node))) {
        return true;
      }
      if (node instanceof Expr.MethodRef && (isCompletingReference((Expr.MethodRef) node)
          || inHook.completingReferencedHelper((Expr.MethodRef) node))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Same-class helpers

  /** A same-class helper that completes the pipeline (as a field, or as a parameter it is given) on every path. */
  boolean completingHelper(Expr.Call call) {
    if (depth >= SameClassHelpers.MAX_DEPTH) {
      return false;
    }
    MethodDecl helper = SameClassHelpers.targetInScope(call);
    return helper != null && completes(helper, membersInHelper(call, helper));
  }

  /**
   * {@code new Thread(App::closeTelemetry)}: a reference to a same-class helper that takes nothing, so it can complete
   * only the fields among the members, and does on every path, as the lambda {@code () -> closeTelemetry()} would.
   */
  private boolean completingReferencedHelper(Expr.MethodRef reference) {
    if (depth >= SameClassHelpers.MAX_DEPTH) {
      return false;
    }
    MethodDecl helper = SameClassHelpers.referencedInScope(reference);
    return helper != null && helper.parameters().isEmpty() && completes(helper, fieldMembers());
  }

  /** Whether {@code helper}'s body, walked with {@code inHelper} as the members, completes them on every path. */
  private boolean completes(MethodDecl helper, Map<Variable, PipelineKind> inHelper) {
    if (inHelper.isEmpty()) {
      return false;
    }
    return helper.unit().memo(new HelperJudgment(helper, inHelper, hooks, depth), () -> {
      PipelineEnding ending = new PipelineEnding(calls, inHelper, hooks, depth + 1);
      return new ObligationWalk(ending).walkBody(helper.body()) == Flow.ENDED;
    });
  }

  /** One helper judged for one set of members: helpers are called from many places, judged once. */
  private record HelperJudgment(MethodDecl helper, Map<Variable, PipelineKind> members, Hooks hooks, int depth) {}

  /** The members as the helper sees them: the fields among them, and the parameters it is passed members in. */
  Map<Variable, PipelineKind> membersInHelper(Expr.Call call, MethodDecl helper) {
    Map<Variable, PipelineKind> inHelper = fieldMembers();
    List<Variable> parameters = helper.parameters();
    for (int i = 0; i < call.arguments().size() && i < parameters.size(); i++) {
      PipelineKind kind = members.get(Nodes.variableOf(call.arguments().get(i)));
      if (kind != null) {
        inHelper.put(parameters.get(i), kind);
      }
    }
    return inHelper;
  }

  /** The members any method of the class sees: the fields among them. */
  private Map<Variable, PipelineKind> fieldMembers() {
    Map<Variable, PipelineKind> fields = new LinkedHashMap<>();
    members.forEach((variable, kind) -> {
      if (!variable.isLocal()) {
        fields.put(variable, kind);
      }
    });
    return fields;
  }

  /** A same-class helper whose every path ends in an exit ({@code fail(String)} that prints and exits). */
  static boolean alwaysExits(Expr.Call call, int depth) {
    if (depth >= SameClassHelpers.MAX_DEPTH) {
      return false;
    }
    MethodDecl helper = SameClassHelpers.targetInScope(call);
    if (helper == null) {
      return false;
    }
    return call.unit().memo(new ExitJudgment(helper, depth), () -> walksToExit(helper, depth));
  }

  private record ExitJudgment(MethodDecl helper, int depth) {}

  private static boolean walksToExit(MethodDecl helper, int depth) {
    ObligationWalk.Ending exitsOnly = new ObligationWalk.Ending() {
      @Override
      public boolean isEndCall(Expr.Call inner) {
        return false;
      }

      @Override
      public boolean isVouchedFor(Expr.Call inner) {
        return false;
      }

      @Override
      public boolean isNonNullCheck(Expr condition) {
        return false;
      }

      @Override
      public boolean endsPath(Stmt statement) {
        return statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Call
            && (PipelineCalls.exit((Expr.Call) ((Stmt.ExprStmt) statement).expression()) != null
                || alwaysExits((Expr.Call) ((Stmt.ExprStmt) statement).expression(), depth + 1));
      }
    };
    return new ObligationWalk(exitsOnly).walkBody(helper.body()) == Flow.ENDED;
  }
}
