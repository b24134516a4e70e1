package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.FieldDecl;
import dev.tracelint.analysis.model.InitializerDecl;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.TypeDecl;
import dev.tracelint.analysis.model.TypeRef;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.PipelineCatalog;
import dev.tracelint.catalog.PipelineKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace pipelines a class owns, for ExitBeforeTraceFlush: built in its code by a catalogued creation (or by a
 * same-class helper that returns one, assigns one to a field, or builds one and keeps none), kept in a local, in a
 * field, or not kept at all, and neither handed off (returned, stored elsewhere, passed to code that may close it)
 * nor reassigned. A pipeline passed into another owned pipeline's builder is part of that one.
 */
final class OwnedPipelines {

  /** How a pipeline came to be: its kind, the method whose call built it, and whether it built its own hook. */
  record Created(PipelineKind kind, String createdBy, boolean hooked, Expr expression) {}

  /**
   * One owned pipeline as a method sees it.
   *
   * @param holder the local or field holding it; {@code null} when not kept
   * @param start the statement in the method that builds it; {@code null} for a field that is live on entry
   * @param declaration {@code start} declares {@code holder}
   * @param resource built as a try-with-resources resource (closed at the end of the {@code try})
   * @param members the holder and the pipelines it absorbed, with their kinds
   */
  record Pipeline(Created created, Variable holder, Stmt start, boolean declaration, boolean resource,
      Map<Variable, PipelineKind> members) {
    PipelineKind kind() {
      return created.kind();
    }

    boolean hooked() {
      return created.hooked();
    }

    boolean isField() {
      return holder != null && !holder.isLocal();
    }
  }

  /** A pipeline held by a field of the class. */
  record FieldPipeline(Created created, Variable field, boolean initialized, List<Stmt> assignments,
      Map<Variable, PipelineKind> members) {}

  private final PipelineCalls calls;

  OwnedPipelines(PipelineCalls calls) {
    this.calls = calls;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Creations

  /**
   * What {@code expression} builds: a catalogued creation, an auto-configured SDK's {@code getOpenTelemetrySdk()}, or a
   * call to a same-class helper that returns a pipeline it built; {@code null} for anything else.
   */
  Created creation(Expr expression, int depth) {
    if (!(expression instanceof Expr.Call)) {
      return null;
    }
    Expr.Call call = (Expr.Call) expression;
    PipelineCatalog.Match match = calls.creation(call);
    if (match != null) {
      boolean hooked = match.kind().registersHook() && !chainCalls(call, PipelineCatalog.DISABLE_HOOK_METHOD);
      return new Created(match.kind(), call.name(), hooked, call);
    }
    if (call.name().equals(PipelineCatalog.SDK_GETTER) && call.arguments().isEmpty()) {
      Created inner = creation(call.receiver(), depth);
      if (inner != null && inner.kind().registersHook()) {
        return new Created(PipelineCatalog.OPENTELEMETRY_SDK, inner.createdBy(), inner.hooked(), call);
      }
      return null;
    }
    if (depth < 1) {
      MethodDecl helper = SameClassHelpers.targetInScope(call);
      Created returned = helper == null ? null : returnedBy(helper);
      if (returned != null) {
        return new Created(returned.kind(), helper.name(), returned.hooked(), call);
      }
    }
    return null;
  }

  private static boolean chainCalls(Expr.Call call, String name) {
    for (Expr current = call; current instanceof Expr.Call; current = ((Expr.Call) current).receiver()) {
      if (((Expr.Call) current).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The pipeline a same-class factory helper returns from every {@code return}, with the hook it registers for it. */
  private Created returnedBy(MethodDecl helper) {
    return helper.unit().memo(new Returned(helper), () -> {
      Created returned = null;
      boolean sawReturn = false;
      for (Node node : Nodes.inline(helper.body())) {
        if (node.kind() != Node.Kind.RETURN) {
          continue;
        }
        sawReturn = true;
        Expr value = ((Stmt.Jump) node).expression();
        Created created = creation(value, 1);
        Map<Variable, PipelineKind> members = created == null ? Map.of() : absorbed(created.expression());
        Variable local = Nodes.variableOf(value);
        if (created == null && local != null && local.isLocal() && local.declaration() instanceof Stmt.LocalVar) {
          created = creation(((Stmt.LocalVar) local.declaration()).initializer(), 1);
          members = created == null ? Map.of() : members(local, created);
        }
        if (created == null) {
          return Maybe.NONE;
        }
        if (!members.isEmpty() && hookRegisteredIn(helper.body(), members)) {
          // The documented set-up: a hook on the provider the returned SDK was built with.
          created = new Created(created.kind(), created.createdBy(), true, created.expression());
        }
        returned = returned == null ? created : returned;
      }
      return sawReturn && returned != null ? new Maybe(returned) : Maybe.NONE;
    }).value();
  }

  private record Returned(MethodDecl helper) {}

  /** A memoised answer that may be "none" (the unit memo keeps no {@code null}). */
  private record Maybe(Created value) {
    static final Maybe NONE = new Maybe(null);
  }

  /** Whether {@code body} registers a shutdown hook that completes the pipeline. */
  boolean hookRegisteredIn(Node body, Map<Variable, PipelineKind> members) {
    PipelineEnding ending = new PipelineEnding(calls, members, PipelineEnding.Hooks.COUNT, 0);
    for (Node node : Nodes.inline(body)) {
      if (node instanceof Expr.Call && ending.isHookFor((Expr.Call) node)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Pipelines built in one method

  /** The pipelines {@code method}'s own code builds (not inside its lambdas or local classes). */
  List<Pipeline> builtIn(MethodDecl method) {
    List<Pipeline> pipelines = new ArrayList<>();
    for (Node node : Nodes.inline(method.body())) {
      if (!(node instanceof Expr.Call)) {
        continue;
      }
      Expr.Call call = (Expr.Call) node;
      if (isViewedThroughGetter(call)) {
        continue;
      }
      Created created = creation(call, 0);
      if (created != null) {
        Pipeline pipeline = placed(created);
        if (pipeline != null) {
          pipelines.add(pipeline);
        }
        continue;
      }
      Stmt statement = statementOf(call);
      if (statement != null && inStatementList(statement)) {
        MethodDecl helper = SameClassHelpers.targetInScope(call);
        if (helper != null) {
          for (Created orphan : orphansOf(helper)) {
            pipelines.add(new Pipeline(new Created(orphan.kind(), helper.name(), orphan.hooked(), call), null,
                statement, false, false, Map.of()));
          }
        }
      }
    }
    return pipelines;
  }

  /** {@code AutoConfiguredOpenTelemetrySdk.initialize()} under {@code .getOpenTelemetrySdk()}: placed through the getter. */
  private boolean isViewedThroughGetter(Expr.Call call) {
    Node parent = call.parent();
    return parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == call
        && ((Expr.Call) parent).name().equals(PipelineCatalog.SDK_GETTER) && creation((Expr) parent, 0) != null;
  }

  /** Where a creation's value goes decides what holds it; {@code null} when it is absorbed, handed off or completed. */
  private Pipeline placed(Created created) {
    Expr value = created.expression();
    Node parent = value.parent();
    if (parent instanceof Stmt.LocalVar && ((Stmt.LocalVar) parent).initializer() == value) {
      Variable holder = ((Stmt.LocalVar) parent).variable();
      boolean resource = parent.parent() instanceof Stmt.Try;
      if (!resource && !inStatementList((Stmt) parent)) {
        return null;
      }
      return new Pipeline(created, holder, (Stmt) parent, true, resource, members(holder, created));
    }
    if (parent instanceof Expr.Assign && ((Expr.Assign) parent).value() == value
        && !((Expr.Assign) parent).isCompound() && parent.parent() instanceof Stmt.ExprStmt) {
      Variable holder = Nodes.variableOf(((Expr.Assign) parent).target());
      Stmt statement = (Stmt) parent.parent();
      if (holder == null || !inStatementList(statement)) {
        return null;
      }
      return new Pipeline(created, holder, statement, false, false, members(holder, created));
    }
    Stmt statement = statementOf(value);
    if (statement == null || !inStatementList(statement)) {
      return null;
    }
    if (parent instanceof Stmt.ExprStmt) {
      return new Pipeline(created, null, statement, false, false, absorbed(created.expression()));
    }
    if (parent instanceof Expr.Call && ((Expr.Call) parent).receiver() == value) {
      // Built and chained on (...build().getTracer("job")): the pipeline is kept nowhere, unless completed at once.
      return calls.catalog().isAnyCompleteMethod(((Expr.Call) parent).name()) ? null
          : new Pipeline(created, null, statement, false, false, absorbed(created.expression()));
    }
    if (parent instanceof Expr.Call && PipelineCalls.isNeutralSink((Expr.Call) parent)) {
      // GlobalOpenTelemetry.set(OpenTelemetrySdk.builder()...build()): registered, kept nowhere else.
      return new Pipeline(created, null, statement, false, false, absorbed(created.expression()));
    }
    return null;
  }

  private static boolean inStatementList(Stmt statement) {
    Node list = statement.parent();
    return list instanceof Stmt.Block || (list instanceof Stmt.Case && !((Stmt.Case) list).isRule());
  }

  /** The statement an expression belongs to, or {@code null} when it is in a lambda or outside any statement. */
  static Stmt statementOf(Node node) {
    for (Node current = node.parent(); current != null; current = current.parent()) {
      if (Nodes.isDeferred(current)) {
        return null;
      }
      if (current instanceof Stmt) {
        return (Stmt) current;
      }
    }
    return null;
  }

  /** The holder and, recursively, the pipelines passed into its builder chain. */
  private Map<Variable, PipelineKind> members(Variable holder, Created created) {
    Map<Variable, PipelineKind> members = new LinkedHashMap<>();
    members.put(holder, created.kind());
    members.putAll(absorbed(created.expression()));
    return members;
  }

  /** The owned pipelines an absorbing builder call in the creation chain takes in ({@code setTracerProvider(tp)}). */
  private Map<Variable, PipelineKind> absorbed(Expr creation) {
    Map<Variable, PipelineKind> absorbed = new LinkedHashMap<>();
    List<Expr> pending = new ArrayList<>(List.of(creation));
    int guard = 0;
    while (!pending.isEmpty() && guard++ < 32) {
      Expr current = pending.remove(pending.size() - 1);
      for (Expr link = current; link instanceof Expr.Call; link = ((Expr.Call) link).receiver()) {
        Expr.Call call = (Expr.Call) link;
        if (!calls.isAbsorbing(call)) {
          continue;
        }
        for (Expr argument : call.arguments()) {
          Variable variable = Nodes.variableOf(argument);
          Expr initializer = initializerOf(variable);
          Created inner = initializer == null ? null : creation(initializer, 0);
          if (inner != null && !absorbed.containsKey(variable)) {
            absorbed.put(variable, inner.kind());
            pending.add(initializer);
          }
        }
      }
    }
    return absorbed;
  }

  /** A local's or field's initializer, or the value of its one plain assignment. */
  private static Expr initializerOf(Variable variable) {
    if (variable == null) {
      return null;
    }
    Node declaration = variable.declaration();
    if (declaration instanceof Stmt.LocalVar && ((Stmt.LocalVar) declaration).initializer() != null) {
      return ((Stmt.LocalVar) declaration).initializer();
    }
    if (declaration instanceof FieldDecl && ((FieldDecl) declaration).initializer() != null) {
      return ((FieldDecl) declaration).initializer();
    }
    return null;
  }

  /**
   * Pipelines a same-class helper builds and leaves behind without keeping them: not returned, not stored in a field,
   * not completed, not handed off ({@code static void initTelemetry() { OpenTelemetrySdk.builder()...buildAndRegisterGlobal(); }}).
   */
  private List<Created> orphansOf(MethodDecl helper) {
    return helper.unit().memo(new Orphans(helper), () -> {
      List<Created> orphans = new ArrayList<>();
      for (Node node : Nodes.inline(helper.body())) {
        if (!(node instanceof Expr.Call) || isViewedThroughGetter((Expr.Call) node)) {
          continue;
        }
        Created created = creation((Expr.Call) node, 1);
        Pipeline pipeline = created == null ? null : placed(created);
        if (pipeline == null || pipeline.isField() || pipeline.resource()) {
          continue;
        }
        if (pipeline.holder() == null) {
          orphans.add(created);
        } else if (!PipelineUses.handedOff(this, pipeline.members(), helper.body())
            && !completedAnywhere(helper.body(), pipeline.members())) {
          boolean hooked = created.hooked() || hookRegisteredIn(helper.body(), pipeline.members());
          orphans.add(new Created(created.kind(), created.createdBy(), hooked, created.expression()));
        }
      }
      return List.copyOf(orphans);
    });
  }

  private record Orphans(MethodDecl helper) {}

  private boolean completedAnywhere(Node body, Map<Variable, PipelineKind> members) {
    PipelineEnding ending = new PipelineEnding(calls, members, PipelineEnding.Hooks.IGNORED, 0);
    return Nodes.anyInline(body, node -> node instanceof Expr.Call && ending.isEndCall((Expr.Call) node));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Fields

  /** The pipelines the fields of {@code type} hold, built by their initializers or assigned in the class's code. */
  List<FieldPipeline> fieldsOf(TypeDecl type) {
    Map<Variable, FieldPipeline> byField = new LinkedHashMap<>();
    for (FieldDecl field : type.fields()) {
      Created created = field.initializer() == null ? null : creation(field.initializer(), 0);
      if (created != null) {
        byField.put(field.variable(), new FieldPipeline(created, field.variable(), true, new ArrayList<>(),
            members(field.variable(), created)));
      }
    }
    for (Node member : type.members()) {
      if (member instanceof TypeDecl) {
        continue;
      }
      for (Node node : Nodes.inline(member)) {
        if (!(node instanceof Expr.Assign) || ((Expr.Assign) node).isCompound()) {
          continue;
        }
        Expr.Assign assign = (Expr.Assign) node;
        Variable field = Nodes.variableOf(assign.target());
        if (field == null || field.isLocal() || !(field.declaration() instanceof FieldDecl)
            || field.declaration().parent() != type) {
          continue;
        }
        Created created = creation(assign.value(), 0);
        Stmt statement = statementOf(assign);
        if (created == null || statement == null) {
          continue;
        }
        boolean initializing = member instanceof InitializerDecl
            || (member instanceof MethodDecl && ((MethodDecl) member).isConstructor());
        FieldPipeline known = byField.get(field);
        if (known == null) {
          known = new FieldPipeline(created, field, initializing, new ArrayList<>(), members(field, created));
          byField.put(field, known);
        } else if (initializing && !known.initialized()) {
          known = new FieldPipeline(known.created(), field, true, known.assignments(), known.members());
          byField.put(field, known);
        }
        known.assignments().add(statement);
      }
    }
    List<FieldPipeline> owned = new ArrayList<>();
    for (FieldPipeline pipeline : byField.values()) {
      if (!isAbsorbedElsewhere(pipeline.field(), byField) && !PipelineUses.handedOff(this, pipeline.members(), type)) {
        owned.add(pipeline);
      }
    }
    return owned;
  }

  private static boolean isAbsorbedElsewhere(Variable field, Map<Variable, FieldPipeline> byField) {
    for (FieldPipeline other : byField.values()) {
      if (other.field() != field && other.members().containsKey(field)) {
        return true;
      }
    }
    return false;
  }

  /** The fields a same-class helper assigns a pipeline to ({@code static void initTelemetry() { SDK = ...build(); }}). */
  List<Variable> fieldsAssignedBy(MethodDecl helper, TypeDecl type) {
    List<Variable> fields = new ArrayList<>();
    for (Node node : Nodes.inline(helper.body())) {
      if (node instanceof Expr.Assign && !((Expr.Assign) node).isCompound()
          && creation(((Expr.Assign) node).value(), 0) != null) {
        Variable field = Nodes.variableOf(((Expr.Assign) node).target());
        if (field != null && !field.isLocal() && field.declaration() instanceof FieldDecl
            && field.declaration().parent() == type) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  PipelineCalls calls() {
    return calls;
  }

  /** Whether the static type of {@code type} is exactly one of the catalogue's use-only API types. */
  static boolean isUseOnly(TypeRef type) {
    return type != null && type.isResolved() && PipelineCatalog.isUseOnlyParameterType(type.qualifiedName());
  }
}
