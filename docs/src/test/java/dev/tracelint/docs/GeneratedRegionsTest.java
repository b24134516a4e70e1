package dev.tracelint.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratedRegionsTest {
  private static final String PAGE = "# Title\n\nHand-written *prose*.\n\n"
      + "<!-- generated:table anything a reader was told -->\nold | table\n<!-- /generated -->\n\nMore prose.\n";

  @Test
  void replacesOnlyTheRegionAndKeepsTheProseAroundIt() {
    String updated = GeneratedRegions.replace(PAGE, "table", "| new |\n", "PAGE.md");
    assertEquals("# Title\n\nHand-written *prose*.\n\n" + GeneratedRegions.start("table") + "\n\n| new |\n\n"
        + GeneratedRegions.END + "\n\nMore prose.\n", updated);
    assertEquals(updated, GeneratedRegions.replace(updated, "table", "| new |", "PAGE.md"), "stable on a rerun");
  }

  @Test
  void aMissingRegionNamesThePageTheRegionAndTheCommand() {
    DocsException e = assertThrows(DocsException.class,
        () -> GeneratedRegions.replace(PAGE, "options", "x", "PAGE.md"));
    assertTrue(e.getMessage().startsWith("PAGE.md has no region <!-- generated:options"), e.getMessage());
    assertTrue(e.getMessage().contains(GeneratedRegions.COMMAND), e.getMessage());
  }

  @Test
  void aRegionTwiceIsRefused() {
    String twice = PAGE + "\n<!-- generated:table -->\nx\n<!-- /generated -->\n";
    assertThrows(DocsException.class, () -> GeneratedRegions.replace(twice, "table", "y", "PAGE.md"));
  }

  @Test
  void aNewRegionGoesBeforeTheHeadingOrAtTheEnd() {
    String page = "# R\n\n## How to fix it\n\nProse.\n\n## Options\n\nNone.\n";
    assertEquals("# R\n\n## How to fix it\n\nProse.\n\n" + GeneratedRegions.start("example") + "\n\nex\n\n"
        + GeneratedRegions.END + "\n\n## Options\n\nNone.\n", GeneratedRegions.insert(page, "example", "ex", "## Options"));
    assertEquals("# R\n\n" + GeneratedRegions.start("example") + "\n\nex\n\n" + GeneratedRegions.END + "\n",
        GeneratedRegions.insert("# R", "example", "ex", "## Options"));
  }
}
