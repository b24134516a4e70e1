package dev.tracelint.analysis.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotation written in the unit: its type and its elements as written ({@code @X(v)} has the element
 * {@code value}; an array {@code {a, b}} is an {@link Expr.NewArray} without dimensions). An annotation is an
 * expression only as the value of another annotation's element ({@code @Retryable(backoff = @Backoff(0))}).
 */
public final class Annotation extends Expr {
  private final String writtenName;
  private final Map<String, Expr> elements;
  private TypeRef annotationType;

  public Annotation(Object source, Span span, String writtenName, Map<String, Expr> elements) {
    super(source, span);
    this.writtenName = writtenName;
    this.elements = new LinkedHashMap<>(elements);
  }

  @Override
  public Kind kind() {
    return Kind.ANNOTATION;
  }

  @Override
  protected List<Node> computeChildren() {
    return nodes(new ArrayList<>(elements.values()));
  }

  /** The type name as written: {@code SuppressWarnings}, {@code org.springframework.web.bind.annotation.GetMapping}. */
  public String writtenName() {
    return writtenName;
  }

  /** The simple name as written. */
  public String simpleName() {
    return writtenName.substring(writtenName.lastIndexOf('.') + 1);
  }

  public Map<String, Expr> elements() {
    return elements;
  }

  /** Whether the element is written (whatever its value). */
  public boolean has(String element) {
    return elements.containsKey(element);
  }

  public Expr element(String element) {
    return elements.get(element);
  }

  /**
   * The constant values of an element: one for a single value, one per constant element of an array; empty when the
   * element is absent or not constant.
   */
  public List<Object> constants(String element) {
    Expr value = elements.get(element);
    List<Object> out = new ArrayList<>();
    if (value instanceof Expr.NewArray) {
      for (Expr item : ((Expr.NewArray) value).initializers()) {
        Object constant = item.constant();
        if (constant != null) {
          out.add(constant);
        }
      }
    } else if (value != null && value.constant() != null) {
      out.add(value.constant());
    }
    return out;
  }

  /** The single constant value of an element, or {@code null}. */
  public Object constant(String element) {
    Expr value = elements.get(element);
    return value == null ? null : value.constant();
  }

  /** The annotation type. */
  @Override
  public TypeRef type() {
    if (annotationType == null) {
      annotationType = semantics().typeOf(this);
    }
    return annotationType;
  }
}
