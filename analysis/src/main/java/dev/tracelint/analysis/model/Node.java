package dev.tracelint.analysis.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A node of the engine-neutral model of one compilation unit. The structure (kinds, names, children, positions) is
 * built eagerly by an engine adapter; type facts are asked of the engine lazily through {@link Semantics}, so that an
 * engine resolves only what a rule needs.
 */
public abstract class Node {

  /** What a node is, for switching without instanceof chains. */
  public enum Kind {
    UNIT, TYPE, METHOD, FIELD, INITIALIZER, ANNOTATION,
    BLOCK, LOCAL_VARIABLE, LOCAL_CLASS, EXPRESSION_STATEMENT, IF, SWITCH, CASE, TRY, CATCH, LOOP, LABELED,
    SYNCHRONIZED, RETURN, THROW, BREAK, CONTINUE, YIELD, ASSERT, EMPTY, OTHER_STATEMENT,
    CALL, NEW, NEW_ARRAY, ASSIGN, UNARY, BINARY, CONDITIONAL, NAME, FIELD_ACCESS, TYPE_NAME, LITERAL, LAMBDA,
    METHOD_REFERENCE, ARRAY_ACCESS, CAST, INSTANCE_OF, THIS, SUPER, CLASS_LITERAL, SWITCH_EXPRESSION,
    OTHER_EXPRESSION
  }

  private final Object source;
  private final Span span;
  private Node parent;
  private SourceUnit unit;
  private List<Node> children;

  protected Node(Object source, Span span) {
    this.source = source;
    this.span = Objects.requireNonNull(span, "span");
  }

  public abstract Kind kind();

  /** The direct children, in source order; never {@code null} elements. */
  public final List<Node> children() {
    if (children == null) {
      children = Collections.unmodifiableList(computeChildren());
    }
    return children;
  }

  protected abstract List<Node> computeChildren();

  /** The engine's own node this one was built from (a javac {@code Tree}, a PMD {@code JavaNode}). */
  public Object source() {
    return source;
  }

  public Span span() {
    return span;
  }

  public int line() {
    return span.line();
  }

  /** The enclosing node; {@code null} only for the {@link SourceUnit}. */
  public Node parent() {
    return parent;
  }

  public SourceUnit unit() {
    return unit;
  }

  /** The line a finding at this node is reported on: a call's or declaration's name, otherwise the start. */
  public int reportLine() {
    return span.line();
  }

  protected Semantics semantics() {
    return unit == null ? Semantics.NONE : unit.semantics();
  }

  /**
   * Links the subtree under {@code root} (parents and the unit) and returns every node in source order, the root
   * first. Called once, by {@link SourceUnit}.
   */
  static List<Node> link(SourceUnit root) {
    List<Node> inOrder = new ArrayList<>();
    List<Node> pending = new ArrayList<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      Node node = pending.remove(pending.size() - 1);
      node.unit = root;
      inOrder.add(node);
      List<Node> children = node.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        Node child = children.get(i);
        child.parent = node;
        pending.add(child);
      }
    }
    return inOrder;
  }

  /** Adds the non-null nodes to {@code out}; for children() implementations. */
  protected static void addAll(List<Node> out, Object... parts) {
    for (Object part : parts) {
      if (part instanceof Node) {
        out.add((Node) part);
      } else if (part instanceof List) {
        for (Object element : (List<?>) part) {
          if (element instanceof Node) {
            out.add((Node) element);
          }
        }
      }
    }
  }

  protected static List<Node> nodes(Object... parts) {
    List<Node> out = new ArrayList<>();
    addAll(out, parts);
    return out;
  }
}
