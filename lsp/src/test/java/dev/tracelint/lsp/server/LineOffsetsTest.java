package dev.tracelint.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

class LineOffsetsTest {
  private final LineOffsets offsets = new LineOffsets("ab\r\ncd\ref\ng");

  @Test
  void convertsBothWaysAcrossEveryLineTerminator() {
    assertEquals(new Position(0, 1), offsets.positionOf(1));
    assertEquals(new Position(1, 0), offsets.positionOf(4));
    assertEquals(new Position(2, 1), offsets.positionOf(8));
    assertEquals(new Position(3, 1), offsets.positionOf(11));
    assertEquals(4, offsets.offsetOf(new Position(1, 0)));
    assertEquals(8, offsets.offsetOf(new Position(2, 1)));
  }

  @Test
  void clampsPositionsOutsideTheText() {
    assertEquals(new Position(3, 1), offsets.positionOf(99));
    assertEquals(new Position(0, 0), offsets.positionOf(-3));
    assertEquals(11, offsets.offsetOf(new Position(9, 0)));
    assertEquals(4, offsets.offsetOf(new Position(0, 40)), "past the end of line 0: the start of line 1");
  }
}
