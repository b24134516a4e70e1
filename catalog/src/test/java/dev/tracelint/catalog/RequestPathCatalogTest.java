package dev.tracelint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracelint.catalog.RequestPathCatalog.HandlerOverride;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPathCatalogTest {

  @Test
  void knowsJaxRsInBothNamespacesAndMicronaut() {
    RequestPathCatalog catalog = RequestPathCatalog.defaults();
    for (String name : List.of("jakarta.ws.rs.GET", "javax.ws.rs.POST", "jakarta.ws.rs.Path", "javax.ws.rs.OPTIONS",
        "io.micronaut.http.annotation.Get", "io.micronaut.http.annotation.Delete")) {
      assertTrue(catalog.handlerAnnotations().contains(name), name);
    }
  }

  @Test
  void keepsSpringMappingsApartFromStandaloneHandlerAnnotations() {
    RequestPathCatalog catalog = RequestPathCatalog.defaults();
    String getMapping = "org.springframework.web.bind.annotation.GetMapping";
    assertTrue(catalog.controllerMethodAnnotations().contains(getMapping));
    assertFalse(catalog.handlerAnnotations().contains(getMapping), "a mapping needs a controller type");
    assertTrue(catalog.controllerTypeAnnotations().contains("org.springframework.web.bind.annotation.RestController"));
  }

  @Test
  void knowsServletFilterInterceptorOverrides() {
    List<HandlerOverride> overrides = RequestPathCatalog.defaults().handlerOverrides();
    assertTrue(overrides.contains(new HandlerOverride("jakarta.servlet.http.HttpServlet",
        java.util.Set.of("doGet", "doPost", "doPut", "doDelete", "doPatch", "doHead", "doOptions", "service"))));
    assertTrue(overrides.stream().anyMatch(o -> o.supertype().equals("javax.servlet.Filter")
        && o.methods().equals(java.util.Set.of("doFilter"))));
    assertTrue(overrides.stream().anyMatch(o -> o.supertype().equals("org.springframework.web.servlet.HandlerInterceptor")
        && o.methods().contains("afterCompletion")));
  }

  @Test
  void addsUserAnnotationsToTheDefaults() {
    RequestPathCatalog catalog =
        RequestPathCatalog.withUserEntries("Rule:HandlerAnnotations", " com.example.web.Endpoint ,io.x.Route");
    assertTrue(catalog.handlerAnnotations().contains("com.example.web.Endpoint"));
    assertTrue(catalog.handlerAnnotations().contains("io.x.Route"));
    assertTrue(catalog.handlerAnnotations().contains("jakarta.ws.rs.GET"), "defaults are kept");
    assertEquals(RequestPathCatalog.defaults().handlerAnnotations(),
        RequestPathCatalog.withUserEntries("Rule:HandlerAnnotations", "").handlerAnnotations());
  }

  @Test
  void rejectsMalformedAnnotationNamingTheEntry() {
    for (String bad : List.of("Endpoint", "@com.example.Endpoint", "com..Endpoint", "com.example.", "com.example#Get")) {
      CatalogConfigurationException e = assertThrows(CatalogConfigurationException.class,
          () -> RequestPathCatalog.withUserEntries("Rule:HandlerAnnotations", "com.example.Ok," + bad));
      assertEquals(bad, e.entry());
      assertTrue(e.getMessage().contains("Rule:HandlerAnnotations"), e.getMessage());
    }
  }

  @Test
  void exemptsShutdownAndScheduledWork() {
    RequestPathCatalog catalog = RequestPathCatalog.defaults();
    assertTrue(catalog.exemptAnnotations().contains("jakarta.annotation.PreDestroy"));
    assertTrue(catalog.exemptAnnotations().contains("org.springframework.scheduling.annotation.Scheduled"));
    assertFalse(catalog.exemptAnnotations().contains("org.springframework.web.bind.annotation.GetMapping"));
  }

  @Test
  void runsOnlyIterationLambdasInPlace() {
    assertTrue(RequestPathCatalog.runsLambdaInPlace("forEach"));
    assertTrue(RequestPathCatalog.runsLambdaInPlace("ifPresent"));
    for (String async : List.of("submit", "execute", "runAsync", "supplyAsync", "addShutdownHook", "schedule")) {
      assertFalse(RequestPathCatalog.runsLambdaInPlace(async), async);
    }
  }

  @Test
  void looksIntoMetaAnnotationsOfFrameworkAnnotationsOnly() {
    assertTrue(RequestPathCatalog.mayCarryHandlerMetaAnnotations("org.springframework.web.bind.annotation.GetMapping"));
    assertFalse(RequestPathCatalog.mayCarryHandlerMetaAnnotations("java.lang.annotation.Retention"));
    assertFalse(RequestPathCatalog.mayCarryHandlerMetaAnnotations(null));
  }

  @Test
  void recognisesGeneratedGrpcBases() {
    assertTrue(RequestPathCatalog.isGrpcServiceBase("GreeterImplBase"));
    assertFalse(RequestPathCatalog.isGrpcServiceBase("ImplBase"));
    assertFalse(RequestPathCatalog.isGrpcServiceBase("GreeterStub"));
  }
}
