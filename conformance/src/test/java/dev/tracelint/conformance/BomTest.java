package dev.tracelint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * tracelint-bom has no parent (importing it must not import the versions tracelint-parent manages for its own
 * tests), so nothing keeps it in step by inheritance: this test does. Every module the build publishes is in the BOM,
 * at the build's version, and the BOM carries the parent's metadata and plugin versions.
 */
class BomTest {
  private final Path root = ConformancePaths.projectRoot();

  @Test
  void bomListsExactlyThePublishedModules() throws Exception {
    Element parent = pom(root.resolve("pom.xml"));
    Element bom = pom(root.resolve("bom/pom.xml"));
    assertEquals(text(parent, "version"), text(bom, "version"), "the BOM's version");

    Set<String> published = new TreeSet<>();
    for (Element module : children(child(parent, "modules"), "module")) {
      Path pomFile = root.resolve(module.getTextContent().trim()).resolve("pom.xml");
      Element pom = pom(pomFile);
      Element properties = child(pom, "properties");
      boolean testOnly = properties != null && "true".equals(text(properties, "tracelint.testOnly"));
      if (!testOnly && !"pom".equals(text(pom, "packaging"))) {
        published.add(text(pom, "artifactId"));
      }
    }
    Set<String> listed = new TreeSet<>();
    for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      assertEquals("${project.version}", text(dependency, "version"), "version of " + text(dependency, "artifactId"));
      listed.add(text(dependency, "artifactId"));
    }
    assertFalse(published.isEmpty());
    assertEquals(published, listed, "published modules (jar packaging, not tracelint.testOnly) against the BOM");
  }

  @Test
  void bomCarriesTheParentsMetadataAndPluginVersions() throws Exception {
    Element parent = pom(root.resolve("pom.xml"));
    Element bom = pom(root.resolve("bom/pom.xml"));
    for (String element : List.of("url", "inceptionYear", "licenses", "developers", "scm", "issueManagement")) {
      assertEquals(normalized(child(parent, element)), normalized(child(bom, element)), element);
    }
    Map<String, String> parentVersions = new TreeMap<>();
    Element properties = child(parent, "properties");
    Map<String, String> bomVersions = new TreeMap<>();
    for (Element plugin : children(child(child(bom, "build"), "pluginManagement"), "plugins", "plugin")) {
      String artifact = text(plugin, "artifactId");
      bomVersions.put(artifact, text(plugin, "version"));
      // maven-install-plugin -> install-plugin.version, central-publishing-maven-plugin -> central-publishing-plugin...
      parentVersions.put(artifact, text(properties, artifact.replace("maven-", "") + ".version"));
    }
    assertEquals(parentVersions, bomVersions, "plugin versions: parent's properties against the BOM's");
  }

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Files.newInputStream(file)).getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String... path) {
    Element current = parent;
    for (int i = 0; i < path.length - 1; i++) {
      current = child(current, path[i]);
    }
    String name = path[path.length - 1];
    List<Element> result = new java.util.ArrayList<>();
    NodeList nodes = current.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        result.add(element);
      }
    }
    return result;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }

  /** An element's text content with whitespace collapsed: attributes such as child.*.inherit.append.path differ. */
  private static String normalized(Element element) {
    return element == null ? null : element.getTextContent().replaceAll("\\s+", " ").trim();
  }
}
