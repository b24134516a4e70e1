package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionEntriesTest {

  @Test
  void splitsOnCommasAndDropsBlanks() {
    assertEquals(List.of("a#b", "c#d"), OptionEntries.split(" a#b , ,c#d,"));
    assertEquals(List.of(), OptionEntries.split(null));
    assertEquals(List.of(), OptionEntries.split("   "));
  }

  @Test
  void refusesAValueEndingInACommaAsErrorProneCutsOneThere() {
    for (String cut : List.of("com.example.Pacer#hold,", "com.example.Pacer#hold, ", "a.B#c,d.E#f,")) {
      CatalogConfigurationException e =
          assertThrows(CatalogConfigurationException.class, () -> OptionEntries.methodRefs("Rule:Calls", cut));
      assertEquals(cut.strip(), e.entry());
      assertTrue(e.getMessage().contains("Rule:Calls"), e.getMessage());
      assertTrue(e.getMessage().contains("without blanks"), e.getMessage());
    }
    assertEquals(2, OptionEntries.methodRefs("Rule:Calls", " a.B#c , ,d.E#f ").size());
    assertEquals(List.of(), OptionEntries.methodRefs("Rule:Calls", " "));
    assertEquals(List.of(), OptionEntries.methodRefs("Rule:Calls", " , "));
  }

  @Test
  void parsesMethodRefs() {
    List<MethodRef> refs =
        OptionEntries.methodRefs("X:Y", "com.example.agent.AgentTracer#flush, io.opentracing.Tracer.SpanBuilder#start");
    assertEquals(new MethodRef("com.example.agent.AgentTracer", "flush"), refs.get(0));
    assertEquals("io.opentracing", refs.get(1).ownerPackage());
    assertEquals("io.opentracing.Tracer", refs.get(1).ownerTopLevelType());
    assertEquals("io.opentracing.Tracer$SpanBuilder", refs.get(1).ownerBinaryName());
    assertEquals("SpanBuilder", refs.get(1).ownerSimpleName());
  }

  @Test
  void readsABinaryNestedOwnerAsItsCanonicalName() {
    List<MethodRef> refs = OptionEntries.methodRefs("X:Y", "com.example.Hub$Exporter#push,com.example.A$B$C#d");
    assertEquals(new MethodRef("com.example.Hub.Exporter", "push"), refs.get(0));
    assertEquals("com.example.Hub$Exporter", refs.get(0).ownerBinaryName());
    assertEquals(new MethodRef("com.example.A.B.C", "d"), refs.get(1));
    assertEquals("com.example.$Proxy1", OptionEntries.methodRefs("X:Y", "com.example.$Proxy1#m").get(0).owner());
    assertEquals("com.example.web.Routes.Route",
        RequestPathCatalog.parseAnnotationType("X:Y", "com.example.web.Routes$Route"));
  }

  @Test
  void rejectsMalformedMethodRefNamingTheEntry() {
    for (String bad : List.of("NoHash", "#flush", "Owner#", "a..b#c", "a.b#c#d", "a.b#1x", "a b#c")) {
      CatalogConfigurationException e =
          assertThrows(CatalogConfigurationException.class, () -> OptionEntries.methodRefs("Rule:Calls", "x.Y#ok," + bad));
      assertEquals(bad, e.entry());
      assertTrue(e.getMessage().contains("Rule:Calls"), e.getMessage());
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }
}
