package dev.tracelint.analysis.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One compilation unit: its package, imports and type declarations, the text it was parsed from, and the engine that
 * answers type questions about it. Built by an engine adapter; immutable afterwards.
 */
public final class SourceUnit extends Node {
  private final String path;
  private final String packageName;
  private final List<Import> imports;
  private final List<TypeDecl> types;
  private final CharSequence text;
  private final Semantics semantics;
  private final Map<Object, Object> memo = new HashMap<>();
  private final List<Node> nodes;

  /**
   * @param path the file's path as the engine knows it (used to recognise test sources), or empty
   * @param text the source text the offsets index, or {@code null} when the engine does not provide it
   */
  public SourceUnit(Object source, String path, String packageName, List<Import> imports, List<TypeDecl> types,
      CharSequence text, Semantics semantics) {
    super(source, new Span(0, text == null ? 0 : text.length(), 1));
    this.path = path == null ? "" : path;
    this.packageName = packageName == null ? "" : packageName;
    this.imports = List.copyOf(imports);
    this.types = List.copyOf(types);
    this.text = text;
    this.semantics = semantics == null ? Semantics.NONE : semantics;
    this.nodes = Collections.unmodifiableList(Node.link(this));
  }

  @Override
  public Kind kind() {
    return Kind.UNIT;
  }

  @Override
  protected List<Node> computeChildren() {
    return nodes(types);
  }

  /** Every node of the unit in source order, the unit first, lambdas and nested classes included. */
  public List<Node> nodes() {
    return nodes;
  }

  public String path() {
    return path;
  }

  /** The package, empty for the default package. */
  public String packageName() {
    return packageName;
  }

  public List<Import> imports() {
    return imports;
  }

  public List<TypeDecl> types() {
    return types;
  }

  /** The parsed text, or {@code null}. */
  public CharSequence text() {
    return text;
  }

  @Override
  protected Semantics semantics() {
    return semantics;
  }

  /**
   * What {@code compute} gives for {@code key}, computed once per unit: indexes and facts several rules share. The
   * engines analyse one unit on one thread.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    Object value = memo.get(key);
    if (value == null) {
      value = compute.get();
      memo.put(key, value);
    }
    return (T) value;
  }

  /** The source text of a node, or {@code null} when the text or the node's position is unknown. */
  public String textOf(Node node) {
    Span span = node.span();
    if (text == null || !span.isKnown() || span.end() > text.length()) {
      return null;
    }
    return text.subSequence(span.start(), span.end()).toString();
  }
}
