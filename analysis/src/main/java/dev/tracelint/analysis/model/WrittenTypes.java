package dev.tracelint.analysis.model;

/** How adapters spell a type as written, so that both engines give the same text for the same source. */
public final class WrittenTypes {
  private WrittenTypes() {}

  /**
   * The written type without type arguments, annotations or blanks: {@code java.util.Map.Entry<K, V>} is
   * {@code java.util.Map.Entry}, {@code @Nullable String[]} is {@code String[]}. A varargs parameter's
   * {@code String...} is {@code String[]}, as javac prints it.
   */
  public static String normalize(String written) {
    if (written == null) {
      return null;
    }
    if (written.endsWith("...")) {
      written = written.substring(0, written.length() - 3) + "[]";
    }
    StringBuilder out = new StringBuilder(written.length());
    int angleDepth = 0;
    int i = 0;
    while (i < written.length()) {
      char c = written.charAt(i);
      if (c == '<') {
        angleDepth++;
      } else if (c == '>') {
        angleDepth = Math.max(0, angleDepth - 1);
      } else if (angleDepth == 0 && c == '@') {
        i = skipAnnotation(written, i);
        continue;
      } else if (angleDepth == 0 && !Character.isWhitespace(c)) {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  private static int skipAnnotation(String written, int at) {
    int i = at + 1;
    while (i < written.length() && (Character.isJavaIdentifierPart(written.charAt(i)) || written.charAt(i) == '.')) {
      i++;
    }
    if (i < written.length() && written.charAt(i) == '(') {
      int depth = 0;
      for (; i < written.length(); i++) {
        if (written.charAt(i) == '(') {
          depth++;
        } else if (written.charAt(i) == ')' && --depth == 0) {
          i++;
          break;
        }
      }
    }
    return i;
  }
}
