package org.prepbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prepbook.diagnostics.Mark;
import org.prepbook.diagnostics.Problems;

/** Parses YAML text into a {@link YamlNode} tree with positions, reporting syntax errors as problems. */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final Path source;
    private final int lineOffset;
    private final Problems problems;

    private YamlReader(Path source, int lineOffset, Problems problems) {
        this.source = source;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /**
     * @param lineOffset lines that precede {@code text} in the file (1 for front matter after its
     *                   opening {@code ---}), so positions point into the file, not into the snippet
     */
    public static Optional<YamlNode> read(Path source, String text, int lineOffset, Problems problems) {
        return new YamlReader(source, lineOffset, problems).read(text);
    }

    private Optional<YamlNode> read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(source, lineOffset + 1, 1, "the YAML is empty",
                        "write the fields this file needs; docs/content-format.md lists them");
                return Optional.empty();
            }
            return Optional.of(node(parser));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            problems.add(source, line + lineOffset, column, "invalid YAML: " + firstLine(e.getOriginalMessage()),
                    "check indentation and quoting; text containing ': ' or starting with a special character needs quotes");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private YamlNode node(JsonParser parser) throws IOException {
        Mark mark = mark(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Mark keyMark = mark(parser);
                    parser.nextToken();
                    YamlNode value = node(parser);
                    if (entries.containsKey(key)) {
                        problems.add(source, keyMark.line(), keyMark.column(), "duplicate key '" + key + "'",
                                "it is already set on line " + entries.get(key).keyMark().line() + "; keep one of them");
                    } else {
                        entries.put(key, new YamlNode.Entry(keyMark, value));
                    }
                }
                return new YamlNode.Mapping(mark, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser));
                }
                return new YamlNode.Sequence(mark, items);
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Kind.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Kind.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Kind.FLOAT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Kind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(mark, "", YamlNode.Kind.NULL);
            }
            default -> throw new IllegalStateException("unexpected YAML token " + token);
        }
    }

    private Mark mark(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return new Mark(at.getLineNr() + lineOffset, at.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("syntax error");
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}
