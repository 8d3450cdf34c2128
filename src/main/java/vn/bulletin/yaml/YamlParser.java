package vn.bulletin.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML into a {@link YamlNode} tree. Only composes nodes (never constructs Java objects),
 * and refuses anchors, aliases and tags outside the core schema, so a file cannot build objects or
 * expand into a billion laughs.
 */
public final class YamlParser {
  private static final String CORE_TAG = "tag:yaml.org,2002:";
  private static final Set<String> SCALAR_TYPES = Set.of("str", "int", "float", "bool", "null");
  private static final int MAX_DEPTH = 20;

  private final LoadSettings settings =
      LoadSettings.builder()
          .setSchema(new CoreSchema())
          .setMaxAliasesForCollections(0)
          .setCodePointLimit(1 << 20)
          .build();

  /** The document's root mapping; an empty text gives an empty mapping. */
  public YamlMap parseMap(String text) throws YamlSyntaxException {
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      throw new YamlSyntaxException(describe(e), line(mark), column(mark));
    } catch (YamlEngineException e) {
      throw new YamlSyntaxException(describeUnmarked(e.getMessage()), 0, 0);
    } catch (NumberFormatException e) {
      // SnakeYAML Engine reads "\x" with no hex digits this way (found by fuzzing the front
      // matter).
      throw new YamlSyntaxException(
          "malformed YAML: an escape such as \\x41 or \\u00E0 lacks its hex digits", 0, 0);
    } catch (IllegalArgumentException e) {
      // And "[[!%1" this way: a tag it cannot read (also found by fuzzing).
      throw new YamlSyntaxException("malformed YAML: " + firstLine(e.getMessage()), 0, 0);
    }
    if (root.isEmpty()) {
      return new YamlMap(List.of(), 1, 1);
    }
    YamlNode node = convert(root.get(), 0);
    if (node instanceof YamlMap map) {
      return map;
    }
    throw new YamlSyntaxException(
        "expected fields written as \"name: value\", found " + node.kindName(),
        node.lineNumber(),
        node.columnNumber());
  }

  private YamlNode convert(Node node, int depth) throws YamlSyntaxException {
    Mark mark = node.getStartMark().orElse(null);
    int line = line(mark);
    int column = column(mark);
    if (node.getAnchor().isPresent()) {
      throw new YamlSyntaxException(
          "YAML anchors and aliases (&, *) are not allowed", line, column);
    }
    if (depth > MAX_DEPTH) {
      throw new YamlSyntaxException("values are nested too deeply", line, column);
    }
    String tag = node.getTag().getValue();
    if (!tag.startsWith(CORE_TAG)) {
      throw new YamlSyntaxException("YAML tag \"" + tag + "\" is not allowed", line, column);
    }
    if (node instanceof ScalarNode scalar) {
      String type = tag.substring(CORE_TAG.length());
      if (!SCALAR_TYPES.contains(type)) {
        throw new YamlSyntaxException("YAML tag \"!!" + type + "\" is not allowed", line, column);
      }
      return new YamlScalar(scalar.getValue(), type, line, column);
    }
    String kind = tag.substring(CORE_TAG.length());
    if (node instanceof SequenceNode && !kind.equals("seq")
        || node instanceof MappingNode && !kind.equals("map")) {
      throw new YamlSyntaxException("YAML tag \"!!" + kind + "\" is not allowed", line, column);
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new YamlList(items, line, column);
    }
    return convertMap((MappingNode) node, depth, line, column);
  }

  private YamlMap convertMap(MappingNode node, int depth, int line, int column)
      throws YamlSyntaxException {
    List<YamlMap.Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : node.getValue()) {
      YamlNode key = convert(tuple.getKeyNode(), depth + 1);
      if (!(key instanceof YamlScalar scalarKey) || scalarKey.isNull()) {
        throw new YamlSyntaxException(
            "a field name must be plain text", key.lineNumber(), key.columnNumber());
      }
      if (!seen.add(scalarKey.value())) {
        throw new YamlSyntaxException(
            "field \"" + scalarKey.value() + "\" is given twice",
            key.lineNumber(),
            key.columnNumber());
      }
      YamlNode value = convert(tuple.getValueNode(), depth + 1);
      entries.add(
          new YamlMap.Entry(scalarKey.value(), key.lineNumber(), key.columnNumber(), value));
    }
    return new YamlMap(entries, line, column);
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("\\t") || problem.contains("tab")) {
      return "a tab is used for indentation; indent with spaces";
    }
    String text = context.isEmpty() ? problem : context + ": " + problem;
    return "malformed YAML: " + firstLine(text);
  }

  private static String describeUnmarked(String message) {
    if (message != null && message.contains("alias")) {
      return "YAML anchors and aliases (&, *) are not allowed";
    }
    return "malformed YAML: " + firstLine(message);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "malformed YAML";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark == null ? 0 : mark.getColumn() + 1;
  }
}
