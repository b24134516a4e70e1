package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.MethodDecl;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.Stmt;
import dev.tracelint.analysis.model.Variable;
import dev.tracelint.catalog.RetryCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one loop's variables carry from one turn to the next, for {@link RetryLoops}: whether the next turn calls with a
 * different candidate (points 2 and 3 of {@code docs/rules/UnboundedRetry.md}: draining a source, stepping through
 * candidates), with input built from the failure (its "Repair loops"), or at another target (point 6, "switches
 * targets"). Decided by the loop's own assignments, local to the loop: no value is followed into a called method, a
 * lambda or a nested class.
 */
final class LoopState {

  private final Stmt.Loop loop;
  /** Every value the loop assigns to a variable (declarations with an initializer, plain and compound assignments). */
  private final Map<Variable, List<Expr>> values = new HashMap<>();
  /** Variables the loop changes by {@code ++}, {@code --} or a compound assignment ({@code +=}...). */
  private final Set<Variable> counted = new HashSet<>();
  /** Variables that calls outside the catch blocks read: in a receiver or an argument, at any depth. */
  private final Set<Variable> readByCalls = new HashSet<>();
  /** Of {@link #readByCalls}, those read by a call of the loop's body: the attempt, not the condition or update. */
  private final Set<Variable> readInTheBody = new HashSet<>();
  /** Calls on a variable's methods, chains included ({@code messages.add(..)}, {@code prompt.append(a).append(b)}). */
  private final List<Expr.Call> callsOnVariables = new ArrayList<>();
  /** The nodes of the loop outside its catch blocks. */
  private final List<Node> outsideCatches;
  /** Variables whose new value depends on their value of the turn before (not by counting), or on a source. */
  private Set<Variable> stepping;
  /** {@link #pickedByHelpers()}, computed when first asked. */
  private Map<Variable, List<MethodDecl>> pickedByHelpers;

  /** Variables a polling loop fetches again by their own identity: they do not step ({@link RetryPolls}). */
  private final Set<Variable> refetched;
  /** Variables a polling loop gives the repeated call's result and tests ({@link RetryPolls}). */
  private final Set<Variable> results;

  LoopState(Stmt.Loop loop) {
    this(loop, Set.of(), Set.of());
  }

  /**
   * @param refetched variables the loop asks for again by their own identity or refreshes
   *     ({@code op = client.getOperation(op.getName())}, {@code job = job.reload()}): never seeds of a step
   * @param results variables the loop gives the repeated call's result and tests ({@code reply} of
   *     {@code while (reply.contains("Action:"))}): a transcript of them is a conversation, not a step
   */
  LoopState(Stmt.Loop loop, Set<Variable> refetched, Set<Variable> results) {
    this.loop = loop;
    this.refetched = refetched;
    this.results = results;
    for (Node node : Nodes.inline(loop)) {
      if (node instanceof Stmt.LocalVar && ((Stmt.LocalVar) node).initializer() != null) {
        valuesOf(((Stmt.LocalVar) node).variable()).add(((Stmt.LocalVar) node).initializer());
      } else if (node instanceof Expr.Assign) {
        Expr.Assign assignment = (Expr.Assign) node;
        Variable target = Nodes.variableOf(assignment.target());
        if (target != null) {
          valuesOf(target).add(assignment.value());
          if (assignment.isCompound()) {
            counted.add(target);
          }
        }
      } else if (node instanceof Expr.InstanceOf && ((Expr.InstanceOf) node).binding() != null) {
        // factory instanceof Hierarchical parent: the pattern variable is the tested value under another name
        valuesOf(((Expr.InstanceOf) node).binding()).add(((Expr.InstanceOf) node).expression());
      } else if (node instanceof Expr.Unary && ((Expr.Unary) node).operator().isIncrementOrDecrement()) {
        Variable target = Nodes.variableOf(((Expr.Unary) node).operand());
        if (target != null) {
          counted.add(target);
        }
      } else if (node instanceof Expr.Call && ((Expr.Call) node).receiver() != null
          && !((Expr.Call) node).arguments().isEmpty()
          && Nodes.variableOf(Nodes.chainRoot((Expr.Call) node)) != null) {
        callsOnVariables.add((Expr.Call) node);
      }
    }
    outsideCatches = Nodes.inlineExcept(loop, Stmt.Catch.class::isInstance);
    for (Node node : outsideCatches) {
      if (node instanceof Expr.Invocation && isRepeatedCall((Expr.Invocation) node)) {
        Expr.Invocation call = (Expr.Invocation) node;
        Set<Variable> read = new HashSet<>();
        if (call instanceof Expr.Call && ((Expr.Call) call).receiver() != null) {
          addVariables(((Expr.Call) call).receiver(), read);
        }
        for (Expr argument : call.arguments()) {
          addVariables(argument, read);
        }
        readByCalls.addAll(read);
        if (loop.body() != null && Nodes.isWithin(call, loop.body())) {
          readInTheBody.addAll(read);
        }
      }
    }
  }

  private List<Expr> valuesOf(Variable variable) {
    return values.computeIfAbsent(variable, key -> new ArrayList<>());
  }

  /**
   * A call that a next turn makes again with what the loop carries: any method or constructor call but one that only
   * reports, records or formats ({@code log.warn(..)}, {@code metrics.recordRetryDelay(delay)}) or waits
   * ({@code Thread.sleep(delay)}: a growing delay is backoff, not a new candidate). A wait is a call to the catalogued
   * owner, not any call of that name: {@code client.get(host, path)} is no {@code Future#get(timeout, unit)} and
   * {@code runner.apply(sql)} no {@code IntervalFunction#apply(attempt)}, they are the attempt itself.
   */
  private static boolean isRepeatedCall(Expr.Invocation invocation) {
    if (!(invocation instanceof Expr.Call)) {
      return true;
    }
    Expr.Call call = (Expr.Call) invocation;
    if (RetryCatalog.isReportingName(call.name()) || RetryCatalog.isRecordingName(call.name())
        || RetryCatalog.isBackoffHelperName(call.name())) {
      return false;
    }
    return !RetryWaits.isDefaultWait(call);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Point 3: stepping through candidates

  /** Whether {@code condition} compares a variable the loop counts ({@code currentTry > maxRetries}). */
  boolean comparesACount(Expr condition) {
    return Nodes.anyInline(condition, node -> node instanceof Expr.Binary
        && ((Expr.Binary) node).operator().isRelational() && mentions(node, counted));
  }

  /**
   * Whether the loop steps through candidates (point 3): a counted variable ({@code i++}, {@code port += 1}, or one
   * declared in a basic for's initializer) used as an index or passed bare to a call, unless it is named like an
   * attempt counter; or a variable that each turn gives a value depending on its value of the turn before
   * ({@code type = type.getSuperclass()}, {@code node = node.next}, {@code end = start - 1} after
   * {@code start = text.lastIndexOf(open, end)}) or taken from a source ({@code host = hosts.poll()}), in a catch block
   * or not, that a repeated call or the loop's condition reads. A value built from a caught failure is a repair
   * ("Repair loops"), not a step.
   */
  boolean stepsThroughCandidates() {
    if (replacesAStaleEntry()) {
      return true;
    }
    Set<Variable> counters = new HashSet<>(counted);
    for (Stmt initializer : loop.initializers()) {
      if (initializer instanceof Stmt.LocalVar) {
        counters.add(((Stmt.LocalVar) initializer).variable());
      }
    }
    if (countersPickCandidates(counters) || countersBuildCandidates(counters) || takesRotatingCandidates()
        || drawsRandomCandidates()) {
      return true;
    }
    Set<Variable> moving = stepping();
    if (moving.isEmpty()) {
      return false;
    }
    // a local only the condition or the update reads ends the loop, it is not tried: while (!budget.exhausted()) with
    // budget = budget.spend() counts down the attempts of the same call. A field may be read by a helper the attempt
    // calls (connectCurrent() over this.current): read anywhere, it is the candidate.
    Set<Variable> fields = new HashSet<>();
    for (Variable variable : moving) {
      boolean field = variable.kind() == Variable.VarKind.FIELD;
      if (field) {
        fields.add(variable);
      }
      if (field ? readByCalls.contains(variable) : readInTheBody.contains(variable)) {
        return true;
      }
    }
    return loop.condition() != null && !fields.isEmpty() && mentions(loop.condition(), fields);
  }

  /**
   * Whether a repeated call reads a variable that the loop gives a draw within a range ({@link RetryLoops#isRandomDraw}
   * with a bound): each round tries another random candidate ({@code tryPort = base + random.nextInt(range);
   * new ServerSocket(tryPort)}, a random ephemeral port bound after the last one was taken). A draw that only spreads
   * a pause ({@code Thread.sleep(1_000 + random.nextInt(250))}) is read by a wait, not by the repeated call, and an
   * unbounded one ({@code random.nextLong()}) is a nonce sent with the same request.
   */
  private boolean drawsRandomCandidates() {
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      if (readByCalls.contains(entry.getKey()) && entry.getValue().stream().anyMatch(value -> Nodes.anyInline(value,
          node -> node instanceof Expr.Call && RetryLoops.isRandomDraw((Expr.Call) node)
              && !((Expr.Call) node).arguments().isEmpty()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a repeated call reads a variable that the loop gives, outside its catch blocks, the result of a helper of
   * the unit that hands out the next candidate each time it is called: its body takes from a field's collection or
   * advances a field's counter ({@code port = acquirePort()} over {@code ports.removeFirst(); ports.addLast(port)},
   * {@code server = pickServer(servers)} over {@code counter.incrementAndGet() % servers.length}). Each round tries
   * another candidate, as {@code host = hosts.poll()} does; a helper that only reads a field gives the same one.
   */
  private boolean takesRotatingCandidates() {
    return pickedByHelpers().values().stream()
        .anyMatch(helpers -> helpers.stream().anyMatch(LoopState::advancesAFieldCursor));
  }

  /**
   * The variables a repeated call reads that the loop gives, outside its catch blocks, the result of a helper of the
   * unit, with those helpers.
   */
  private Map<Variable, List<MethodDecl>> pickedByHelpers() {
    if (pickedByHelpers == null) {
      pickedByHelpers = new HashMap<>();
      for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
        if (!readByCalls.contains(entry.getKey())) {
          continue;
        }
        for (Expr value : entry.getValue()) {
          MethodDecl helper = value instanceof Expr.Call && isOutsideCatches(value)
              ? SameClassHelpers.helperAsWritten((Expr.Call) value) : null;
          if (helper != null) {
            pickedByHelpers.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(helper);
          }
        }
      }
    }
    return pickedByHelpers;
  }

  /**
   * Whether a helper's body hands out the next candidate: it takes from a field's collection, or it advances a field's
   * counter and indexes something ({@code servers[cursor++ % servers.length]}, {@code endpoints.get(i)}).
   */
  static boolean advancesAFieldCursor(MethodDecl helper) {
    if (Nodes.anyInline(helper.body(), node -> isCallOnField(node, RetryCatalog.CANDIDATE_TAKING_NAMES)
        || takesAnEndOfAField(node))) {
      return true;
    }
    boolean advances = Nodes.anyInline(helper.body(), node ->
        isCallOnField(node, RetryCatalog.CURSOR_ADVANCING_NAMES)
        || node instanceof Expr.Unary && ((Expr.Unary) node).operator().isIncrementOrDecrement()
            && isField(((Expr.Unary) node).operand())
        || node instanceof Expr.Assign && ((Expr.Assign) node).isCompound() && isField(((Expr.Assign) node).target()));
    return advances && Nodes.anyInline(helper.body(), node -> node instanceof Expr.ArrayAccess
        || node instanceof Expr.Call && ((Expr.Call) node).name().equals("get")
            && ((Expr.Call) node).arguments().size() == 1);
  }

  /** {@code files.remove(files.size() - 1)} or {@code files.remove(0)} on a field: a list's last or first taken. */
  private static boolean takesAnEndOfAField(Node node) {
    if (!(node instanceof Expr.Call) || !"remove".equals(((Expr.Call) node).name())
        || ((Expr.Call) node).arguments().size() != 1 || !isField(((Expr.Call) node).receiver())) {
      return false;
    }
    Expr.Call remove = (Expr.Call) node;
    Expr index = remove.arguments().get(0);
    if (index instanceof Expr.Literal && ((Expr.Literal) index).value() instanceof Number
        && ((Number) ((Expr.Literal) index).value()).longValue() == 0) {
      return true;
    }
    if (!(index instanceof Expr.Binary) || ((Expr.Binary) index).operator() != Expr.Binary.Op.MINUS
        || !(((Expr.Binary) index).left() instanceof Expr.Call)) {
      return false;
    }
    Expr.Call size = (Expr.Call) ((Expr.Binary) index).left();
    Variable list = Nodes.variableOf(remove.receiver());
    return "size".equals(size.name()) && size.arguments().isEmpty() && size.receiver() != null
        && list != null && Nodes.variableOf(size.receiver()) == list;
  }

  private static boolean isCallOnField(Node node, Set<String> names) {
    return node instanceof Expr.Call && names.contains(((Expr.Call) node).name())
        && isField(((Expr.Call) node).receiver());
  }

  private static boolean isField(Expr expression) {
    Variable variable = expression == null ? null : Nodes.variableOf(expression);
    return variable != null && variable.kind() == Variable.VarKind.FIELD;
  }

  /**
   * Whether the loop asks an entry of a collection that it creates itself and drops when stale (point 3, "replaces a
   * stale entry"): a variable given a lookup outside the catch blocks ({@code task = tasks.get(key)}) is the receiver
   * of a call the loop repeats, and outside the catch blocks the loop installs an entry it makes in that same
   * collection ({@code tasks.putIfAbsent(key, newTask())}) and drops the asked one ({@code tasks.remove(key, task)},
   * {@code tasks.remove(key)}). Each round that goes again asks a new object, as {@code host = hosts.poll()} steps to
   * another host. A client taken from a pool that the loop does not fill itself, or dropped only in a catch block
   * after a failed call, stays a retry of the same work.
   */
  private boolean replacesAStaleEntry() {
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      Variable asked = entry.getKey();
      for (Expr value : entry.getValue()) {
        if (!(value instanceof Expr.Call) || !isOutsideCatches(value)) {
          continue;
        }
        Expr.Call lookup = (Expr.Call) value;
        Variable collection = lookup.receiver() == null ? null : Nodes.variableOf(lookup.receiver());
        if (collection != null && collection != asked && !lookup.arguments().isEmpty()
            && RetryCatalog.ENTRY_LOOKUP_NAMES.contains(lookup.name()) && asksAgain(asked)
            && installsAMadeEntry(collection) && dropsTheEntry(collection, asked, lookup)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean asksAgain(Variable asked) {
    return outsideCatches.stream().anyMatch(node -> node instanceof Expr.Call
        && Nodes.isName(((Expr.Call) node).receiver(), asked) && isRepeatedCall((Expr.Call) node));
  }

  private boolean installsAMadeEntry(Variable collection) {
    return outsideCatches.stream().anyMatch(node -> isCallOn(node, collection, RetryCatalog.ENTRY_INSTALL_NAMES)
        && ((Expr.Call) node).arguments().stream().anyMatch(argument -> argument instanceof Expr.Invocation
            || argument instanceof Expr.Lambda || argument instanceof Expr.MethodRef));
  }

  private boolean dropsTheEntry(Variable collection, Variable asked, Expr.Call lookup) {
    Variable key = Nodes.variableOf(lookup.arguments().get(0));
    return outsideCatches.stream().anyMatch(node -> isCallOn(node, collection, RetryCatalog.ENTRY_DROP_NAMES)
        && ((Expr.Call) node).arguments().stream().anyMatch(argument -> Nodes.isName(argument, asked)
            || (key != null && Nodes.variableOf(argument) == key)));
  }

  private static boolean isCallOn(Node node, Variable receiver, Set<String> names) {
    return node instanceof Expr.Call && ((Expr.Call) node).receiver() != null
        && Nodes.variableOf(((Expr.Call) node).receiver()) == receiver && names.contains(((Expr.Call) node).name());
  }

  /** The counted variables of point 3, as an index, a {@code get} argument or a bare argument of a call. */
  private boolean countersPickCandidates(Set<Variable> counters) {
    if (counters.isEmpty()) {
      return false;
    }
    for (Node node : outsideCatches) {
      if (node instanceof Expr.ArrayAccess && mentions(((Expr.ArrayAccess) node).index(), counters)) {
        return true;
      }
      if (!(node instanceof Expr.Invocation) || !isRepeatedCall((Expr.Invocation) node)) {
        continue;
      }
      Expr.Invocation call = (Expr.Invocation) node;
      if (call instanceof Expr.Call && RetryCatalog.INDEXED_GET_METHOD_NAMES.contains(((Expr.Call) call).name())
          && call.arguments().size() == 1 && mentions(call.arguments().get(0), counters)) {
        return true;
      }
      for (Expr argument : call.arguments()) {
        // for (int port = first; ...; port++) { try { bind(port); ... } }: each turn tries a new candidate
        Variable variable = argument instanceof Expr.Name ? ((Expr.Name) argument).variable() : null;
        if (variable != null && counters.contains(variable) && !RetryCatalog.isAttemptCounterName(variable.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether each turn builds a new candidate from a counter (point 3, its third kind): a variable given a value that
   * combines a counter with something else ({@code file = fileFor(dir, i + 1)},
   * {@code name = base.suffix("-" + attempt)}), in a catch block or not, and read by a call the next turn makes again;
   * or a counter not named like an attempt counter, alone or in arithmetic ({@code probe(dir, i + 1)}), as an argument
   * of such a call. Even an attempt counter then names a new candidate, not the count of the same request. A value
   * that only paces the loop ({@code delay = base << attempt} read by {@code Thread.sleep(Math.min(delay, max))}) or
   * is built from a caught failure (a repair) does not count.
   */
  private boolean countersBuildCandidates(Set<Variable> counters) {
    if (counters.isEmpty()) {
      return false;
    }
    Set<Variable> fed = fedBy(caughtFailures());
    Set<Variable> built = new HashSet<>();
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      Variable variable = entry.getKey();
      if (!counters.contains(variable) && !fed.contains(variable) && entry.getValue().stream()
          .anyMatch(value -> mentions(value, counters) && !isArithmeticOnAny(value, counters))) {
        built.add(variable);
      }
    }
    for (Expr.Invocation call : candidateCalls()) {
      if (call instanceof Expr.Call && ((Expr.Call) call).receiver() != null
          && mentions(((Expr.Call) call).receiver(), built)) {
        return true;
      }
      for (Expr argument : call.arguments()) {
        if (mentions(argument, built)) {
          return true;
        }
        for (Variable counter : counters) {
          if (!RetryCatalog.isAttemptCounterName(counter.name()) && isArithmeticOn(argument, counter)
              && Nodes.anyInline(argument, node -> node instanceof Expr && Nodes.isName((Expr) node, counter))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The calls outside the catch blocks that a next turn repeats with new input: {@link #isRepeatedCall} calls, but not
   * pure arithmetic ({@code Math.min}) nor a call inside the arguments of one that is not repeated (a delay computed
   * for {@code Thread.sleep(..)}, a message for {@code log.warn(..)}).
   */
  private List<Expr.Invocation> candidateCalls() {
    List<Expr.Invocation> out = new ArrayList<>();
    for (Node node : outsideCatches) {
      if (node instanceof Expr.Invocation && isRepeatedCall((Expr.Invocation) node) && !isArithmeticHelper(node)
          && !insideAnotherKindOfCall(node)) {
        out.add((Expr.Invocation) node);
      }
    }
    return out;
  }

  private static boolean isArithmeticHelper(Node node) {
    return node instanceof Expr.Call && ((Expr.Call) node).receiver() instanceof Expr.TypeName
        && RetryCatalog.ARITHMETIC_TYPE_NAMES.contains(((Expr.TypeName) ((Expr.Call) node).receiver()).simpleName());
  }

  private boolean insideAnotherKindOfCall(Node node) {
    for (Node above = node.parent(); above != null && above != loop; above = above.parent()) {
      if (above instanceof Expr.Invocation && !isRepeatedCall((Expr.Invocation) above)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code value} is arithmetic on some of {@code variables} and constants alone: {@code "-" + i}. */
  private static boolean isArithmeticOnAny(Expr value, Set<Variable> variables) {
    return !Nodes.anyInline(value, node -> !(node instanceof Expr.Binary || node instanceof Expr.Unary
        || node instanceof Expr.Literal || node instanceof Expr.Cast
        || (node instanceof Expr.Name && ((Expr.Name) node).variable() != null
            && variables.contains(((Expr.Name) node).variable()))));
  }

  /**
   * The variables that step: carried from turn to turn (declared before the loop, in a basic for's initializer, or a
   * field) and given values that depend on their own value of the turn before other than by arithmetic on themselves
   * (a counter), or taken from a work-intake call ({@code it.next()}, {@code queue.poll()}); then every variable whose
   * value depends on one of those. Variables fed by a caught failure are left out.
   */
  private Set<Variable> stepping() {
    if (stepping != null) {
      return stepping;
    }
    Set<Variable> fed = fedBy(caughtFailures());
    Set<Variable> transcripts = transcripts();
    fed.addAll(transcripts);
    Map<Variable, Set<Variable>> dependencies = new HashMap<>();
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      Set<Variable> read = new HashSet<>();
      for (Expr value : entry.getValue()) {
        addVariables(value, read);
      }
      // reply = model.chat(prompt) after prompt = prompt + reply: the answer asked with the conversation, not a step
      read.removeAll(transcripts);
      dependencies.put(entry.getKey(), read);
    }
    Set<Variable> out = new HashSet<>();
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      Variable variable = entry.getKey();
      // a counter (i++, offset += n) is point 3's first kind; a fed variable is a repair
      if (fed.contains(variable) || counted.contains(variable) || refetched.contains(variable)) {
        continue;
      }
      boolean fromSource = false;
      boolean arithmeticOnItself = true;
      for (Expr value : entry.getValue()) {
        fromSource |= Nodes.anyInline(value,
            node -> node instanceof Expr.Call && RetryLoops.isWorkIntake((Expr.Call) node));
        arithmeticOnItself &= isArithmeticOn(value, variable);
      }
      if (fromSource || (isCarried(variable) && !arithmeticOnItself
          && reaches(dependencies, variable, variable))) {
        out.add(variable);
      }
    }
    // what is computed from a stepping variable steps with it: tentative = text.substring(start)
    boolean grew = !out.isEmpty();
    while (grew) {
      grew = false;
      for (Map.Entry<Variable, Set<Variable>> entry : dependencies.entrySet()) {
        if (!out.contains(entry.getKey()) && !fed.contains(entry.getKey())
            && entry.getValue().stream().anyMatch(out::contains)) {
          out.add(entry.getKey());
          grew = true;
        }
      }
    }
    stepping = out;
    return out;
  }

  /**
   * The variables that keep a transcript of the repeated call's results: every value the loop gives one is text built
   * on its own value and a result, or a value computed from one ({@code prompt = prompt + "\nObservation: " +
   * runTool(reply)}). The conversation goes on with the model's own answers: the loop does not step through
   * candidates, it asks again with the answer added. A value that replaces a text ({@code token = page.next()}) or
   * builds one without a result ({@code name = name + "_"}) is no transcript.
   */
  private Set<Variable> transcripts() {
    if (results.isEmpty()) {
      return Set.of();
    }
    Set<Variable> fromResults = fedBy(results);
    Set<Variable> out = new HashSet<>();
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      Variable variable = entry.getKey();
      if (results.contains(variable) || !isCarried(variable)) {
        continue;
      }
      Set<Variable> others = new HashSet<>(fromResults);
      others.remove(variable);
      boolean transcript = !entry.getValue().isEmpty();
      for (Expr value : entry.getValue()) {
        transcript &= isTextBuiltOn(value, variable) && mentions(value, others);
      }
      if (transcript) {
        out.add(variable);
      }
    }
    return out;
  }

  /**
   * Whether {@code value} is a text concatenation, one of its operands {@code variable}: the variable is declared a
   * {@code String}, or a string literal is among the operands.
   */
  private static boolean isTextBuiltOn(Expr value, Variable variable) {
    List<Expr> operands = Nodes.operands(value, Expr.Binary.Op.PLUS);
    return operands.size() > 1 && operands.stream().anyMatch(operand -> Nodes.isName(operand, variable))
        && (variable.type().is("java.lang.String") || operands.stream().anyMatch(operand ->
            operand instanceof Expr.Literal && ((Expr.Literal) operand).value() instanceof String));
  }

  /** Whether {@code value} is arithmetic on {@code variable} and constants alone: {@code attempt + 1}, {@code delay * 2}. */
  static boolean isArithmeticOn(Expr value, Variable variable) {
    return isArithmeticOnAny(value, variable == null ? Set.of() : Set.of(variable));
  }

  /** Whether a value assigned in the loop survives into the next turn: declared outside the loop body. */
  private boolean isCarried(Variable variable) {
    Node declaration = variable.declaration();
    if (declaration == null || !Nodes.isWithin(declaration, loop)) {
      return true;
    }
    return loop.initializers().contains(declaration);
  }

  /** Whether {@code target} is reachable from {@code start} through the dependencies, in at least one step. */
  private static boolean reaches(Map<Variable, Set<Variable>> dependencies, Variable start, Variable target) {
    Set<Variable> seen = new HashSet<>();
    Deque<Variable> pending = new ArrayDeque<>(dependencies.getOrDefault(start, Set.of()));
    while (!pending.isEmpty()) {
      Variable next = pending.pop();
      if (next == target) {
        return true;
      }
      if (seen.add(next)) {
        pending.addAll(dependencies.getOrDefault(next, Set.of()));
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Point 11: repair loops

  /**
   * Whether {@code handler} feeds its failure into the next attempt ("Repair loops"): the caught exception, or a value
   * computed from it ({@code e.getMessage()}, {@code "fix: " + e}), is assigned to a variable carried into the next turn
   * ({@code sql = correct(sql, e.getMessage())}) or given to a method of one ({@code messages.add(..)},
   * {@code prompt.append(..)}), and a repeated call outside the catch blocks reads that variable. The next attempt
   * then sends a different request, and waiting would not make it succeed.
   */
  boolean feedsNextAttempt(Stmt.Catch handler) {
    Set<Variable> failure = new HashSet<>();
    if (handler.parameter() != null) {
      failure.add(handler.parameter());
    }
    for (Variable variable : fedBy(failure)) {
      if (isCarried(variable) && readByCalls.contains(variable)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code handler} moves the next attempt to another target (point 6, switching targets): it calls a method
   * named for that ({@code failover(..)}, {@code switchBindUser(e)}, {@code nextServer()}:
   * {@link RetryCatalog#isTargetSwitchName}), or gives a variable that a call outside the catch blocks reads another
   * variable's value ({@code endpoint = fallbackEndpoint}). Reconnecting to the same target
   * ({@code connection = connect(url)}, {@code connection = null}) is not a switch.
   */
  boolean switchesTarget(Stmt.Catch handler) {
    return recordsAPickedTargetAsFailed(handler) || Nodes.anyInline(handler.block(), node -> {
      if (node instanceof Expr.Call) {
        return RetryCatalog.isTargetSwitchName(((Expr.Call) node).name());
      }
      if (!(node instanceof Expr.Assign) || ((Expr.Assign) node).isCompound()) {
        return false;
      }
      Variable target = Nodes.variableOf(((Expr.Assign) node).target());
      Expr value = ((Expr.Assign) node).value();
      Variable source = Nodes.variableOf(value);
      boolean other = source != null ? source != target && source != handler.parameter() : isConstantValue(value);
      return target != null && other && readByCalls.contains(target);
    });
  }

  /**
   * A fixed value written in the code: a string literal (not {@code null}, {@code false} or {@code 0}, which reset a
   * connection or a count rather than name another target), a constant named in upper case
   * ({@code DOCKER_CREDENTIAL_PATH}, {@code IdentifyConstants.DEFAULT_PATH}), or a concatenation of those
   * ({@code CREDENTIAL_PATH + DEFAULT_NAME}). Read by its shape, so that a constant of another file, which only an
   * engine with types resolves to a field, is the same alternative in every engine.
   */
  private static boolean isConstantValue(Expr value) {
    if (value instanceof Expr.Literal) {
      return ((Expr.Literal) value).value() instanceof String;
    }
    if (value instanceof Expr.Binary && ((Expr.Binary) value).operator() == Expr.Binary.Op.PLUS) {
      return isConstantValue(((Expr.Binary) value).left()) && isConstantValue(((Expr.Binary) value).right());
    }
    String name = value instanceof Expr.Name || value instanceof Expr.FieldAccess ? Nodes.memberName(value) : null;
    if (name == null) {
      return false;
    }
    name = name.substring(name.lastIndexOf('.') + 1);
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.equals(name.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether {@code handler} records the round's target as failed in the object's state (point 6, switching targets):
   * the target is a variable the loop gives the result of a helper of the unit (a picker) and a repeated call reads,
   * and the catch hands it, or a value read from it without arguments ({@code target.getUuid()}, {@code host.get()}),
   * to a field's {@code add}/{@code put}... ({@link RetryCatalog#FAILED_TARGET_RECORDING_NAMES}) or to a helper of the
   * unit that records its parameter so ({@code markDead(server)}). The next pick can then avoid it. So does a pick
   * given that very field, by any call ({@code host = haMode.getAvailableHost(addresses, denyList)} with the catch's
   * {@code addToDenyList(host.get())}): the picker is told what to avoid. A target taken from anything else
   * ({@code config.url()}), recorded in a field the pick does not read, or a catch that only logs it, stays a retry.
   */
  private boolean recordsAPickedTargetAsFailed(Stmt.Catch handler) {
    Set<Variable> picked = pickedByHelpers().keySet();
    if (!picked.isEmpty() && Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call
        && recordsInAField((Expr.Call) node, picked, true, field -> true))) {
      return true;
    }
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      if (!readByCalls.contains(entry.getKey())) {
        continue;
      }
      Set<Variable> target = Set.of(entry.getKey());
      for (Expr value : entry.getValue()) {
        Set<Variable> avoided = value instanceof Expr.Call && isOutsideCatches(value) ? fieldArguments((Expr.Call) value)
            : Set.of();
        if (!avoided.isEmpty() && Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call
            && recordsInAField((Expr.Call) node, target, true, avoided::contains))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The fields {@code call} is given as arguments, as they are ({@code denyList}, {@code this.denyList}). */
  private static Set<Variable> fieldArguments(Expr.Call call) {
    Set<Variable> fields = new HashSet<>();
    for (Expr argument : call.arguments()) {
      if (isField(argument)) {
        fields.add(Nodes.variableOf(argument));
      }
    }
    return fields;
  }

  private static boolean readsOneOf(Expr argument, Set<Variable> variables) {
    Expr read = argument instanceof Expr.Call && ((Expr.Call) argument).arguments().isEmpty()
        ? ((Expr.Call) argument).receiver() : argument;
    Variable variable = read == null ? null : Nodes.variableOf(read);
    return variable != null && variables.contains(variable);
  }

  /**
   * Whether {@code call} records one of {@code targets} in a field that {@code accepted} takes: a recording call on such
   * a field given it (or a value read from it without arguments), or, one level deep when {@code throughHelper}, a
   * helper of the unit given it that records or assigns its parameter so.
   */
  private static boolean recordsInAField(Expr.Call call, Set<Variable> targets, boolean throughHelper,
      Predicate<Variable> accepted) {
    if (call.arguments().stream().noneMatch(argument -> readsOneOf(argument, targets))) {
      return false;
    }
    if (isCallOnField(call, RetryCatalog.FAILED_TARGET_RECORDING_NAMES)
        && accepted.test(Nodes.variableOf(call.receiver()))) {
      return true;
    }
    MethodDecl helper = throughHelper ? SameClassHelpers.helperAsWritten(call) : null;
    if (helper == null) {
      return false;
    }
    Set<Variable> parameters = new HashSet<>(helper.parameters());
    return Nodes.anyInline(helper.body(), node ->
        node instanceof Expr.Call && recordsInAField((Expr.Call) node, parameters, false, accepted)
        || node instanceof Expr.Assign && isField(((Expr.Assign) node).target())
            && accepted.test(Nodes.variableOf(((Expr.Assign) node).target()))
            && readsOneOf(((Expr.Assign) node).value(), parameters));
  }

  /**
   * Whether {@code handler} changes what the next attempt sends (point 6, a new name after a taken one): it assigns a
   * variable that a call outside the catch blocks reads, or calls a method with arguments on one
   * ({@code trigger.setKey(new TriggerKey(newId(), group))}), other than a reporting call.
   */
  boolean changesAttemptInput(Stmt.Catch handler) {
    return Nodes.anyInline(handler.block(), node -> {
      if (node instanceof Expr.Assign) {
        return readByCalls.contains(Nodes.variableOf(((Expr.Assign) node).target()));
      }
      if (!(node instanceof Expr.Call) || ((Expr.Call) node).receiver() == null
          || ((Expr.Call) node).arguments().isEmpty() || !isRepeatedCall((Expr.Call) node)) {
        return false;
      }
      return readByCalls.contains(Nodes.variableOf(Nodes.chainRoot((Expr.Call) node)));
    });
  }

  /**
   * Whether {@code handler} changes what the next attempt works on ({@link #changesAttemptInput}), or hands a variable
   * that a call outside the catch blocks reads to a method that may replace or grow what it holds
   * ({@code enlargeBuffer(writeBuffers)}), other than a reporting call.
   */
  boolean replacesOrGrowsAttemptInput(Stmt.Catch handler) {
    return changesAttemptInput(handler) || Nodes.anyInline(handler.block(), node -> node instanceof Expr.Call
        && isRepeatedCall((Expr.Call) node) && ((Expr.Call) node).arguments().stream()
            .anyMatch(argument -> readByCalls.contains(Nodes.variableOf(argument))));
  }

  private Set<Variable> caughtFailures() {
    Set<Variable> out = new HashSet<>();
    for (Node node : Nodes.inline(loop)) {
      if (node instanceof Stmt.Catch && ((Stmt.Catch) node).parameter() != null) {
        out.add(((Stmt.Catch) node).parameter());
      }
    }
    return out;
  }

  /**
   * The variables the loop gives a value computed from one of {@code failures}, directly or through other variables,
   * or whose methods it passes such a value ({@code messages.add(UserMessage.from(e.getMessage()))} feeds
   * {@code messages}); {@code failures} themselves included.
   */
  private Set<Variable> fedBy(Set<Variable> failures) {
    Set<Variable> fed = new HashSet<>(failures);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
        if (!fed.contains(entry.getKey()) && entry.getValue().stream().anyMatch(value -> mentions(value, fed))) {
          fed.add(entry.getKey());
          grew = true;
        }
      }
      for (Expr.Call call : callsOnVariables) {
        Variable receiver = Nodes.variableOf(Nodes.chainRoot(call));
        if (!fed.contains(receiver) && call.arguments().stream().anyMatch(argument -> mentions(argument, fed))) {
          fed.add(receiver);
          grew = true;
        }
      }
    }
    return fed;
  }

  /**
   * Whether {@code call} reads, at any depth, a variable the loop counts ({@code ++}, {@code +=}...) that is not named
   * like an attempt counter: {@code register(name + "#" + counter)} asks for a new candidate each turn.
   */
  boolean readsACountedCandidate(Expr.Call call) {
    return Nodes.anyInline(call, node -> {
      Variable variable = node instanceof Expr ? Nodes.variableOf((Expr) node) : null;
      return variable != null && counted.contains(variable) && !RetryCatalog.isAttemptCounterName(variable.name());
    });
  }

  /**
   * Whether the loop changes what {@code calls} send from one turn to the next: a call reads a variable (receiver or
   * argument, at any depth) carried from one turn to the next that the loop, outside its catch blocks and the calls
   * themselves, passes a value to a method of ({@code messages.add(toolResult)}) or assigns a value other than a
   * count, {@code polled} aside. A tool-calling loop sends the conversation grown by the last answer: a new request,
   * not the same one again.
   */
  boolean changesInputOf(List<Expr.Call> calls, Set<Variable> polled) {
    Set<Variable> read = new HashSet<>();
    for (Expr.Call call : calls) {
      for (Node node : Nodes.inline(call)) {
        if (node instanceof Expr) {
          Variable variable = Nodes.variableOf((Expr) node);
          if (variable != null && !polled.contains(variable) && isCarried(variable)) {
            read.add(variable);
          }
        }
      }
    }
    for (Expr.Call call : callsOnVariables) {
      // the polls themselves ask, they change nothing
      boolean polling = calls.stream().anyMatch(poll -> Nodes.isWithin(call, poll));
      // transcript.append(reply) changes what transcript.toString() sends, though append only formats elsewhere
      if (!polling && isOutsideCatches(call) && (isRepeatedCall(call) || RetryCatalog.isTextAppendName(call.name()))
          && read.contains(Nodes.variableOf(Nodes.chainRoot(call)))) {
        return true;
      }
    }
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      if (read.contains(entry.getKey()) && !counted.contains(entry.getKey())
          && entry.getValue().stream().anyMatch(this::isOutsideCatches)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Point 10: draining a source

  /**
   * Whether the loop drains a source (point 2): outside its catch blocks it gives a variable the result of a call
   * ({@code frame = channel.readFrame()}) and leaves the loop, by {@code break} or {@code return} (not by a
   * {@code throw}), when that value says the source is empty ({@code if (frame == null) break;}, {@code isEmpty()}, a
   * negative count), or its condition goes on only while the value is there
   * ({@code while ((line = in.readRecord()) != null)}). The next turn reads the next item; it does not repeat the one
   * that failed.
   */
  boolean drainsASource(LoopExits exits) {
    Set<Variable> read = new HashSet<>();
    for (Map.Entry<Variable, List<Expr>> entry : values.entrySet()) {
      for (Expr value : entry.getValue()) {
        if (isOutsideCatches(value) && Nodes.anyInline(value, node -> node instanceof Expr.Call)) {
          read.add(entry.getKey());
        }
      }
    }
    if (read.isEmpty()) {
      return false;
    }
    if (loop.condition() != null && Nodes.operands(loop.condition(), Expr.Binary.Op.AND).stream()
        .anyMatch(test -> testsSource(test, read, false))) {
      return true;
    }
    for (Node node : outsideCatches) {
      if (node instanceof Stmt.If && exits.alwaysLeavesWithoutFailing(((Stmt.If) node).thenStatement())
          && Nodes.operands(((Stmt.If) node).condition(), Expr.Binary.Op.OR).stream()
              .anyMatch(test -> testsSource(test, read, true))) {
        return true;
      }
    }
    return false;
  }

  private boolean isOutsideCatches(Node node) {
    for (Node current = node; current != null && current != loop; current = current.parent()) {
      if (current instanceof Stmt.Catch) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code test} asks whether one of {@code read} is empty ({@code empty}: {@code x == null},
   * {@code x.isEmpty()}, {@code n < 0}, {@code n == -1}) or still there (otherwise: {@code x != null},
   * {@code !x.isEmpty()}, {@code n >= 0}, {@code n != -1}); the value may be assigned in the test itself.
   */
  private static boolean testsSource(Expr test, Set<Variable> read, boolean empty) {
    if (test instanceof Expr.Unary && ((Expr.Unary) test).operator() == Expr.Unary.Op.NOT) {
      return testsSource(((Expr.Unary) test).operand(), read, !empty);
    }
    if (test instanceof Expr.Call) {
      Expr.Call call = (Expr.Call) test;
      return empty && "isEmpty".equals(call.name()) && call.arguments().isEmpty() && isRead(call.receiver(), read);
    }
    if (!(test instanceof Expr.Binary)) {
      return false;
    }
    Expr.Binary comparison = (Expr.Binary) test;
    Expr bound;
    Expr.Binary.Op operator = comparison.operator();
    if (isRead(comparison.left(), read)) {
      bound = comparison.right();
    } else if (isRead(comparison.right(), read)) {
      bound = comparison.left();
      operator = operator.mirrored();
    } else {
      return false;
    }
    if (Nodes.isNull(bound)) {
      return operator == (empty ? Expr.Binary.Op.EQ : Expr.Binary.Op.NE);
    }
    Long limit = integerConstant(bound);
    if (limit == null) {
      return false;
    }
    // a count or a byte read: negative (or no bytes) at the end of the source
    switch (operator) {
      case LT:
      case LE:
        return empty && limit <= 0;
      case EQ:
        return empty && limit < 0;
      case NE:
        return !empty && limit < 0;
      case GT:
      case GE:
        return !empty && limit <= 0;
      default:
        return false;
    }
  }

  /** A bare name of one of {@code read}, or an assignment to one ({@code (line = in.readRecord())}). */
  private static boolean isRead(Expr expression, Set<Variable> read) {
    Expr value = expression instanceof Expr.Assign && !((Expr.Assign) expression).isCompound()
        ? ((Expr.Assign) expression).target() : expression;
    Variable variable = Nodes.variableOf(value);
    return variable != null && read.contains(variable);
  }

  /** An integer literal, negated or not ({@code -1}): the engines fold it alike, with or without types. */
  private static Long integerConstant(Expr expression) {
    boolean negated = false;
    Expr current = expression;
    if (current instanceof Expr.Unary && ((Expr.Unary) current).operator() == Expr.Unary.Op.MINUS) {
      negated = true;
      current = ((Expr.Unary) current).operand();
    }
    if (!(current instanceof Expr.Literal)) {
      return null;
    }
    Object value = ((Expr.Literal) current).value();
    if (!(value instanceof Integer) && !(value instanceof Long)) {
      return null;
    }
    long number = ((Number) value).longValue();
    return negated ? -number : number;
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Adds the variables that names and field accesses in {@code root} read (not inside lambdas or classes). */
  private static void addVariables(Node root, Set<Variable> out) {
    for (Node node : Nodes.inline(root)) {
      if (node instanceof Expr) {
        Variable variable = Nodes.variableOf((Expr) node);
        if (variable != null) {
          out.add(variable);
        }
      }
    }
  }

  /** Whether a name or field access in {@code root} (outside lambdas and nested classes) reads one of {@code variables}. */
  static boolean mentions(Node root, Set<Variable> variables) {
    return Nodes.anyInline(root, node -> node instanceof Expr && variables.contains(Nodes.variableOf((Expr) node)));
  }
}
