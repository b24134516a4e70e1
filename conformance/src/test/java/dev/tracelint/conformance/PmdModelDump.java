package dev.tracelint.conformance;

import dev.tracelint.analysis.model.ModelPrinter;
import dev.tracelint.pmd.PmdAdapter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;

/** Records the printed model of every file PMD analyses; reports nothing. */
public final class PmdModelDump extends AbstractJavaRulechainRule {

  /** Printed models by absolute path, with types. */
  static final Map<String, String> MODELS = new ConcurrentHashMap<>();

  public PmdModelDump() {
    super(ASTCompilationUnit.class);
  }

  @Override
  public Object visit(ASTCompilationUnit node, Object data) {
    MODELS.put(node.getTextDocument().getFileId().getAbsolutePath(), ModelPrinter.print(PmdAdapter.unitOf(node), true));
    return null;
  }
}
