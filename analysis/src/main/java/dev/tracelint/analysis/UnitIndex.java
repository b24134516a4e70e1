package dev.tracelint.analysis;

import dev.tracelint.analysis.model.Expr;
import dev.tracelint.analysis.model.Node;
import dev.tracelint.analysis.model.SourceUnit;
import dev.tracelint.analysis.model.Variable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of a unit the procedures start from, found in one walk and shared by every rule: calls by method name,
 * object creations, loops, method declarations, annotations, and the names that read each variable.
 */
public final class UnitIndex {
  private final Map<String, List<Expr.Call>> callsByName = new HashMap<>();
  private final List<Expr.Call> calls = new ArrayList<>();
  private final Map<Node.Kind, List<Node>> kinds = new HashMap<>();
  /** Keyed by identity: the model has one {@link Variable} per symbol. */
  private final IdentityHashMap<Variable, List<Expr.Name>> namesByVariable = new IdentityHashMap<>();

  private UnitIndex(SourceUnit unit) {
    for (Node node : unit.nodes()) {
      if (node instanceof Expr.Call) {
        Expr.Call call = (Expr.Call) node;
        calls.add(call);
        callsByName.computeIfAbsent(call.name(), name -> new ArrayList<>()).add(call);
      } else if (node instanceof Expr.Name && ((Expr.Name) node).variable() != null) {
        Expr.Name name = (Expr.Name) node;
        namesByVariable.computeIfAbsent(name.variable(), variable -> new ArrayList<>()).add(name);
      }
      kinds.computeIfAbsent(node.kind(), kind -> new ArrayList<>()).add(node);
    }
  }

  /** The index of {@code unit}, built on first use. */
  public static UnitIndex of(SourceUnit unit) {
    return unit.memo(UnitIndex.class, () -> new UnitIndex(unit));
  }

  /** Every method call, in source order. */
  public List<Expr.Call> calls() {
    return Collections.unmodifiableList(calls);
  }

  /** The calls of a method with this simple name, in source order. */
  public List<Expr.Call> callsNamed(String name) {
    return callsByName.getOrDefault(name, List.of());
  }

  /** The bare names that read or write {@code variable} (a local, parameter or field), in source order. */
  public List<Expr.Name> namesOf(Variable variable) {
    return namesByVariable.getOrDefault(variable, List.of());
  }

  /** Every node of a kind, in source order. */
  @SuppressWarnings("unchecked")
  public <T extends Node> List<T> all(Node.Kind kind) {
    return (List<T>) Collections.unmodifiableList(kinds.getOrDefault(kind, List.of()));
  }
}
