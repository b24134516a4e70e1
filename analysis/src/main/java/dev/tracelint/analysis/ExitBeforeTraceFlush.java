package dev.tracelint.analysis;

import dev.tracelint.analysis.ObligationWalk.Flow;
import dev.tracelint.analysis.OwnedPipelines.Created;
import dev.tracelint.analysis.OwnedPipelines.FieldPipeline;
import dev.tracelint.analysis.OwnedPipelines.Pipeline;
import dev.tracelint.analysis.PipelineEnding.Hooks;
import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.InitializerDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.MethodInfo;
import dev.tracelint.analysis.model.Modifier;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Tri;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.MethodRef;
import dev.tracelint.catalog.PipelineCatalog;
import dev.tracelint.catalog.PipelineCatalog.ExitKind;
import dev.tracelint.catalog.PipelineCatalog.Unflushed;
import dev.tracelint.catalog.PipelineKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ExitBeforeTraceFlush: the process exits while a trace pipeline the code owns still holds spans on its export thread.
 * The procedure is the one written down in {@code docs/rules/ExitBeforeTraceFlush.md}: find the owned pipelines
 * ({@link OwnedPipelines}), then judge every exit they live to see. An exit call ({@code System.exit},
 * {@code Runtime.getRuntime().exit}/{@code halt}) is judged by looking back from it for a completion, or a shutdown
 * hook where the exit runs hooks; a {@code main} or Lambda {@code handleRequest} that can return or throw is judged by
 * the {@link ObligationWalk} UnclosedTrace uses, with completions as ends and exit calls as path ends.
 */
public final class ExitBeforeTraceFlush implements Procedure {
  public static final String RULE = "ExitBeforeTraceFlush";

  private final PipelineCalls calls;

  public ExitBeforeTraceFlush(PipelineCatalog catalog) {
    this.calls = new PipelineCalls(catalog);
  }

  @Override
  public String rule() {
    return RULE;
  }

  @Override
  public List<Finding> findings(SourceUnit unit) {
    UnitIndex index = UnitIndex.of(unit);
    boolean buildsAny = false;
    for (String name : calls.catalog().creationNames()) {
      buildsAny |= !index.callsNamed(name).isEmpty();
    }
    if (!buildsAny) {
      return List.of();
    }
    Judgment judgment = new Judgment(new OwnedPipelines(calls));
    for (Node node : index.all(Node.Kind.TYPE)) {
      judgment.judgeType((TypeDecl) node);
    }
    return judgment.findings();
  }

  /** Where an owned pipeline is judged from, in one method. */
  private record Obligation(Created created, Variable holder, Stmt start, boolean declaration, boolean resource,
      Map<Variable, PipelineKind> members) {

    static Obligation of(Pipeline pipeline) {
      return new Obligation(pipeline.created(), pipeline.holder(), pipeline.start(), pipeline.declaration(),
          pipeline.resource(), pipeline.members());
    }

    boolean hooked() {
      return created.hooked();
    }

    PipelineKind kind() {
      return created.kind();
    }

    Unflushed unflushed() {
      return new Unflushed(created.kind(), holder == null ? null : holder.name(), created.createdBy());
    }
  }

  /** How an exit call relates to an obligation, looking back from it. */
  private enum Reach {
    /** A path from the pipeline's creation (or the method's start, for a live field) reaches it without completion. */
    UNFLUSHED,
    /** Every path to it completes the pipeline first. */
    FLUSHED,
    /** A statement before it is a shape the walk does not model: no finding. */
    UNDECIDED,
    /** Reached before the pipeline can have recorded anything: the exit loses nothing. */
    BEFORE_FIRST_RECORD,
    /** Not reached from where the pipeline is built. */
    UNRELATED
  }

  /** The judgment of one unit: the findings so far, one per exit, naming every pipeline that exit leaves un-flushed. */
  private final class Judgment {
    private final OwnedPipelines owned;
    private final Map<Node, Report> reports = new LinkedHashMap<>();

    Judgment(OwnedPipelines owned) {
      this.owned = owned;
    }

    void judgeType(TypeDecl type) {
      List<FieldPipeline> fields = owned.fieldsOf(type);
      Set<MethodDecl> reachedFromMain = reachedFromMain(type);
      for (MethodDecl method : type.methods()) {
        if (method.body() == null) {
          continue;
        }
        ExitKind entry = Nodes.isMain(method) ? ExitKind.MAIN : isLambdaHandler(method, type) ? ExitKind.HANDLER : null;
        if (entry == ExitKind.MAIN && startsFramework(method)) {
          continue;
        }
        List<Obligation> obligations = new ArrayList<>();
        for (Pipeline pipeline : owned.builtIn(method)) {
          if (pipeline.isField()
              || (pipeline.holder() != null && PipelineUses.handedOff(owned, pipeline.members(), method.body()))) {
            continue;
          }
          obligations.add(Obligation.of(pipeline));
        }
        for (FieldPipeline field : fields) {
          Obligation obligation = fieldObligation(field, method, entry, type, reachedFromMain);
          if (obligation != null) {
            obligations.add(obligation);
          }
        }
        Set<Variable> absorbed = new HashSet<>();
        for (Obligation obligation : obligations) {
          obligation.members().keySet().stream().filter(member -> member != obligation.holder()).forEach(absorbed::add);
        }
        for (Obligation obligation : obligations) {
          if (obligation.holder() == null || !absorbed.contains(obligation.holder())) {
            judge(method, entry, obligation);
          }
        }
      }
    }

    /** How a field's pipeline is live in {@code method}, or {@code null} when the method is not judged for it. */
    private Obligation fieldObligation(FieldPipeline field, MethodDecl method, ExitKind entry, TypeDecl type,
        Set<MethodDecl> reachedFromMain) {
      boolean hooked = field.created().hooked();
      if (entry == ExitKind.MAIN) {
        if (!field.field().is(Modifier.STATIC)) {
          return null;
        }
        hooked |= hookedInStaticInitializer(type, field);
        Stmt start = null;
        if (!field.initialized()) {
          start = firstAssignmentIn(method, field, type);
          if (start == null) {
            return null;
          }
          hooked |= startRegistersHook(start, field.members());
        }
        return fieldObligation(field, start, hooked);
      }
      if (entry == ExitKind.HANDLER) {
        return fieldObligation(field, null, hooked);
      }
      if (reachedFromMain.contains(method) || method.isConstructor()) {
        // Judged through main's calls, which know what main completed before calling.
        return null;
      }
      return fieldObligation(field, null, hooked || hookedAnywhere(type, field));
    }

    private Obligation fieldObligation(FieldPipeline field, Stmt start, boolean hooked) {
      Created created = new Created(field.created().kind(), field.created().createdBy(), hooked,
          field.created().expression());
      return new Obligation(created, field.field(), start, false, false, field.members());
    }

    /** The statement of {@code main} that assigns the field, itself or through a same-class helper. */
    private Stmt firstAssignmentIn(MethodDecl method, FieldPipeline field, TypeDecl type) {
      for (Node node : Nodes.inline(method.body())) {
        Stmt statement = node instanceof Stmt ? (Stmt) node : null;
        if (statement == null || !(statement.parent() instanceof Stmt.Block)) {
          continue;
        }
        if (field.assignments().contains(statement)) {
          return statement;
        }
        if (statement instanceof Stmt.ExprStmt && ((Stmt.ExprStmt) statement).expression() instanceof Expr.Call) {
          MethodDecl helper = SameClassHelpers.targetInScope((Expr.Call) ((Stmt.ExprStmt) statement).expression());
          if (helper != null && owned.fieldsAssignedBy(helper, type).contains(field.field())) {
            return statement;
          }
        }
      }
      return null;
    }

    /** {@code initTelemetry();} that builds the field's pipeline and registers a hook for it. */
    private boolean startRegistersHook(Stmt start, Map<Variable, PipelineKind> members) {
      if (!(start instanceof Stmt.ExprStmt) || !(((Stmt.ExprStmt) start).expression() instanceof Expr.Call)) {
        return false;
      }
      MethodDecl helper = SameClassHelpers.targetInScope((Expr.Call) ((Stmt.ExprStmt) start).expression());
      return helper != null && owned.hookRegisteredIn(helper.body(), members);
    }

    private boolean hookedInStaticInitializer(TypeDecl type, FieldPipeline field) {
      for (Node member : type.members()) {
        if (member instanceof InitializerDecl && ((InitializerDecl) member).isStatic()
            && owned.hookRegisteredIn(member, field.members())) {
          return true;
        }
      }
      return false;
    }

    private boolean hookedAnywhere(TypeDecl type, FieldPipeline field) {
      for (Node member : type.members()) {
        if (!(member instanceof TypeDecl) && owned.hookRegisteredIn(member, field.members())) {
          return true;
        }
      }
      return false;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Judging one obligation in one method

    private void judge(MethodDecl method, ExitKind entry, Obligation obligation) {
      boolean exitReported = false;
      for (ExitKind exit : List.of(ExitKind.EXIT, ExitKind.HALT)) {
        if (exit == ExitKind.EXIT && obligation.hooked()) {
          continue;
        }
        exitReported |= judgeExits(method, obligation, exit, 0, new HashSet<>(Set.of(method)));
      }
      if (entry == null || exitReported || obligation.resource()) {
        return;
      }
      if ((entry == ExitKind.MAIN && obligation.hooked())
          || (entry == ExitKind.HANDLER && obligation.kind().flushCall() == null)) {
        return;
      }
      ObligationWalk walk = walk(obligation.members(), entry == ExitKind.MAIN ? Hooks.COUNT : Hooks.IGNORED);
      Flow flow;
      Variable local = obligation.holder() != null && obligation.holder().isLocal() ? obligation.holder() : null;
      if (obligation.start() == null) {
        Stmt quiet = lastQuiet(method.body().statements(), 0, obligation);
        flow = quiet == null ? walk.walkBody(method.body()) : walk.walkFrom(quiet, method.body(), null, false, true);
      } else if (walk.coveredByFinally(obligation.start(), method.body())) {
        flow = Flow.ENDED;
      } else {
        Stmt from = obligation.start();
        if (from.parent() instanceof Stmt.Block) {
          List<Stmt> statements = ((Stmt.Block) from.parent()).statements();
          Stmt quiet = lastQuiet(statements, statements.indexOf(from) + 1, obligation);
          from = quiet == null ? from : quiet;
        }
        flow = walk.walkFrom(from, method.body(), local, obligation.declaration(), local == null);
      }
      if (flow == Flow.LEAKS) {
        report(method, entry, null, obligation);
      }
    }

    /**
     * The last statement, from {@code from} on, that runs before the pipeline can have recorded anything: a failure up
     * to there loses no telemetry ({@link BeforeFirstRecord}). {@code null} for a pipeline kept nowhere.
     */
    private Stmt lastQuiet(List<Stmt> statements, int from, Obligation obligation) {
      if (obligation.holder() == null) {
        return null;
      }
      PipelineEnding ending = new PipelineEnding(calls, obligation.members(), Hooks.IGNORED, 0);
      return BeforeFirstRecord.lastQuiet(statements, from, obligation.members().keySet(),
          !obligation.holder().isLocal(), obligation.created().expression(), ending::isEndCall);
    }

    /**
     * Whether {@code from} stands in one of the statements that follow the pipeline's creation (or open the method, for
     * a field live at its start) before it can have recorded anything ({@link #lastQuiet}): {@code if (args.length < 1)
     * { System.err.println(USAGE); System.exit(64); }} right after the SDK is built exits with an empty export queue.
     */
    private boolean beforeFirstRecord(Node from, Stmt.Block body, Obligation obligation) {
      Stmt start = obligation.start();
      if (start != null && !(start.parent() instanceof Stmt.Block)) {
        return false;
      }
      List<Stmt> statements = start == null ? body.statements() : ((Stmt.Block) start.parent()).statements();
      int first = start == null ? 0 : statements.indexOf(start) + 1;
      Stmt quiet = lastQuiet(statements, first, obligation);
      if (quiet == null) {
        return false;
      }
      for (int i = first; i <= statements.indexOf(quiet); i++) {
        if (Nodes.isWithin(from, statements.get(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Reports the exit calls of kind {@code exit} that {@code method} reaches with the pipeline un-flushed, and those in
     * the same-class helpers it calls un-flushed; whether any was reported.
     */
    private boolean judgeExits(MethodDecl method, Obligation obligation, ExitKind exit, int depth,
        Set<MethodDecl> visited) {
      boolean reported = false;
      PipelineEnding completions = new PipelineEnding(calls, obligation.members(),
          exit == ExitKind.EXIT ? Hooks.COUNT : Hooks.IGNORED, 0);
      ObligationWalk walk = new ObligationWalk(completions);
      for (Node node : Nodes.inline(method.body())) {
        if (!(node instanceof Expr.Call)) {
          continue;
        }
        Expr.Call call = (Expr.Call) node;
        Map.Entry<MethodRef, ExitKind> exitCall = PipelineCalls.exit(call);
        if (exitCall != null) {
          if (exitCall.getValue() == exit
              && reach(call, method.body(), obligation, completions, walk) == Reach.UNFLUSHED) {
            report(call, exit, PipelineCatalog.exitCallText(exitCall.getKey()), obligation);
            reported = true;
          }
          continue;
        }
        MethodDecl helper = depth < SameClassHelpers.MAX_DEPTH ? SameClassHelpers.targetInScope(call) : null;
        if (helper == null || visited.contains(helper) || !exitsWithin(helper, exit, depth)
            || reach(call, method.body(), obligation, completions, walk) != Reach.UNFLUSHED) {
          continue;
        }
        PipelineEnding ending = new PipelineEnding(calls, obligation.members(), Hooks.IGNORED, 0);
        Obligation inHelper = new Obligation(obligation.created(), obligation.holder(), null, false, false,
            ending.membersInHelper(call, helper));
        Set<MethodDecl> deeper = new HashSet<>(visited);
        deeper.add(helper);
        reported |= judgeExits(helper, inHelper, exit, depth + 1, deeper);
      }
      return reported;
    }

    /** Whether {@code helper}, or a helper it calls, contains an exit call of this kind. */
    private boolean exitsWithin(MethodDecl helper, ExitKind exit, int depth) {
      for (Node node : Nodes.inline(helper.body())) {
        if (!(node instanceof Expr.Call)) {
          continue;
        }
        Map.Entry<MethodRef, ExitKind> exitCall = PipelineCalls.exit((Expr.Call) node);
        if (exitCall != null && exitCall.getValue() == exit) {
          return true;
        }
        MethodDecl deeper = depth + 1 < SameClassHelpers.MAX_DEPTH
            ? SameClassHelpers.targetInScope((Expr.Call) node) : null;
        if (deeper != null && deeper != helper && exitsWithin(deeper, exit, depth + 1)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Looks back from {@code from} (an exit call, or a call to a helper that exits) through the statements before it,
     * level by level, for one that completes the pipeline on every path, until the pipeline's creation or the start of
     * the method. {@code System.exit} runs no {@code finally} block: a {@code finally} around the exit does not count.
     */
    private Reach reach(Node from, Stmt.Block body, Obligation obligation, PipelineEnding completions,
        ObligationWalk walk) {
      Stmt start = obligation.start();
      if (start != null && Nodes.isWithin(from, start)) {
        // System.exit(new Job().run(args)): built by the exit call's own argument.
        return Reach.UNFLUSHED;
      }
      if (from instanceof Expr.Call && completedByArguments((Expr.Call) from, completions)) {
        return Reach.FLUSHED;
      }
      if (beforeFirstRecord(from, body, obligation)) {
        return Reach.BEFORE_FIRST_RECORD;
      }
      Node below = from;
      for (Node current = from.parent(); current != null; current = current.parent()) {
        if (Nodes.isDeferred(current)) {
          return Reach.UNRELATED;
        }
        List<Stmt> statements = current instanceof Stmt.Block ? ((Stmt.Block) current).statements()
            : current instanceof Stmt.Case ? ((Stmt.Case) current).statements() : List.of();
        for (int i = statements.indexOf(below) - 1; i >= 0; i--) {
          Stmt previous = statements.get(i);
          if (previous == start) {
            return Reach.UNFLUSHED;
          }
          if (start != null && previous instanceof Stmt.Try && ((Stmt.Try) previous).resources().contains(start)) {
            // try-with-resources closed it before the statements after the try.
            return Reach.FLUSHED;
          }
          Flow flow = walk.classify(previous);
          if (start != null && Nodes.isWithin(start, previous)) {
            return flow == Flow.ENDED ? Reach.FLUSHED : Reach.UNFLUSHED;
          }
          if (flow == Flow.ENDED) {
            return Reach.FLUSHED;
          }
          if (flow == Flow.UNKNOWN) {
            return Reach.UNDECIDED;
          }
        }
        if (current instanceof Stmt.Try && start != null && ((Stmt.Try) current).resources().contains(start)) {
          return Reach.UNFLUSHED;
        }
        if (current == body) {
          return start == null ? Reach.UNFLUSHED : Reach.UNRELATED;
        }
        below = current;
      }
      return Reach.UNRELATED;
    }

    /**
     * Whether the arguments of {@code exit}, evaluated before it, complete the pipeline on every path:
     * {@code System.exit(runAndClose(sdk, args))}, whose same-class helper closes the SDK in a {@code finally} and then
     * gives back the status.
     */
    private static boolean completedByArguments(Expr.Call exit, PipelineEnding completions) {
      for (Expr argument : exit.arguments()) {
        if (completions.evaluatesEnd(argument)) {
          return true;
        }
      }
      return false;
    }

    private ObligationWalk walk(Map<Variable, PipelineKind> members, Hooks hooks) {
      return new ObligationWalk(new PipelineEnding(calls, members, hooks, 0));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Entry points

    private boolean isLambdaHandler(MethodDecl method, TypeDecl type) {
      if (!method.name().equals(PipelineCatalog.LAMBDA_HANDLER_METHOD) || method.is(Modifier.STATIC)
          || method.parameters().size() < 2 || method.parameters().size() > 3) {
        return false;
      }
      for (String handler : PipelineCatalog.LAMBDA_HANDLER_TYPES) {
        if (TypeEvidence.isA(type.type(), handler, type.unit()) == Tri.YES) {
          return true;
        }
        for (MethodInfo overridden : method.info().overriddenMethods()) {
          if (overridden.isDeclaredIn(handler).isYes()) {
            return true;
          }
        }
        // Without types the class is known but its supertypes are not: the implements clause names the interface.
        for (String written : type.writtenSupertypes()) {
          if (TypeEvidence.writtenNameIs(written, handler, type.unit())) {
            return true;
          }
        }
      }
      return false;
    }

    /** A {@code main} that hands the process to a framework ({@code SpringApplication.run(..)}). */
    private boolean startsFramework(MethodDecl method) {
      return Nodes.anyInline(method.body(),
          node -> node instanceof Expr.Call && PipelineCalls.isFrameworkEntryPoint((Expr.Call) node));
    }

    /** Same-class methods a {@code main} of the class calls, a few calls deep. */
    private Set<MethodDecl> reachedFromMain(TypeDecl type) {
      Set<MethodDecl> reached = new HashSet<>();
      List<MethodDecl> frontier = new ArrayList<>();
      for (MethodDecl method : type.methods()) {
        if (method.body() != null && Nodes.isMain(method)) {
          frontier.add(method);
        }
      }
      for (int depth = 0; depth < SameClassHelpers.MAX_DEPTH && !frontier.isEmpty(); depth++) {
        List<MethodDecl> next = new ArrayList<>();
        for (MethodDecl caller : frontier) {
          for (Node node : Nodes.inline(caller.body())) {
            MethodDecl callee = node instanceof Expr.Call ? SameClassHelpers.targetInScope((Expr.Call) node) : null;
            if (callee != null && reached.add(callee)) {
              next.add(callee);
            }
          }
        }
        frontier = next;
      }
      return reached;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Reports

    private void report(Node anchor, ExitKind exit, String exitCall, Obligation obligation) {
      reports.computeIfAbsent(anchor, key -> new Report(anchor, exit, exitCall)).add(obligation.unflushed());
    }

    List<Finding> findings() {
      List<Finding> findings = new ArrayList<>();
      for (Report report : reports.values()) {
        findings.add(new Finding(RULE, report.anchor,
            PipelineCatalog.message(report.exit, report.exitCall, List.copyOf(report.pipelines.values()))));
      }
      findings.sort((a, b) -> Integer.compare(a.anchor().span().start(), b.anchor().span().start()));
      return findings;
    }
  }

  /** One exit's finding: every pipeline it leaves un-flushed, each once. */
  private static final class Report {
    final Node anchor;
    final ExitKind exit;
    final String exitCall;
    final Map<List<Object>, Unflushed> pipelines = new LinkedHashMap<>();

    Report(Node anchor, ExitKind exit, String exitCall) {
      this.anchor = anchor;
      this.exit = exit;
      this.exitCall = exitCall;
    }

    void add(Unflushed pipeline) {
      pipelines.putIfAbsent(List.of(pipeline.kind().noun(), String.valueOf(pipeline.variable()),
          pipeline.creationMethod()), pipeline);
    }
  }
}
