package org.prepbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prepbook.diagnostics.LineMap;
import org.prepbook.diagnostics.Mark;
import org.prepbook.diagnostics.Problems;

/**
 * Parses YAML text into a {@link YamlNode} tree with positions, reporting syntax errors as problems.
 *
 * <p>Only the YAML a content editor means is accepted: one document of mappings, lists and plain
 * values. What YAML allows but prepbook would silently lose or misread is an error at its place: a
 * second document after {@code ---}, a tag ({@code !!java.lang.Runtime}, {@code !foo}), an alias
 * ({@code *name}, which the parser hands over as the bare name), nesting deeper than any file needs.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    /** Far beyond any prepbook file, far below what overflows a stack or Jackson's own limit of 1000. */
    static final int MAX_DEPTH = 64;

    private final Path source;
    private final int lineOffset;
    private final Problems problems;
    /** A tag or alias was found: what the file means is unknown, so nothing of it is read further. */
    private boolean refused;
    private boolean aliasReported;

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
        YAMLParser parser = null;
        try (YAMLParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(source, lineOffset + 1, 1, "the YAML is empty",
                        "write the fields this file needs; docs/content-format.md lists them");
                return Optional.empty();
            }
            YamlNode root = node(parser, 1);
            if (parser.nextToken() != null) {
                secondDocument(text, mark(parser));
                return Optional.empty();
            }
            return refused ? Optional.empty() : Optional.of(root);
        } catch (TooDeep e) {
            problems.add(source, e.at.line(), e.at.column(), "the YAML nests more than " + MAX_DEPTH + " levels deep here",
                    "prepbook's files need only a few levels of lists and mappings: flatten this value");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = parser == null ? null : parser.currentLocation();
            SyntaxError error = SyntaxError.explain(e, LineMap.of(text), at);
            problems.add(source, error.line() + lineOffset, error.column(), error.message(), error.hint());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private YamlNode node(YAMLParser parser, int depth) throws IOException {
        Mark mark = mark(parser);
        if (depth > MAX_DEPTH) {
            throw new TooDeep(mark);
        }
        JsonToken token = parser.currentToken();
        String tag = parser.getTypeId();
        if (tag != null) {
            refused = true;
            problems.add(source, mark.line(), mark.column(), "YAML tag '" + shown(tag) + "' is not allowed",
                    "prepbook reads plain text, numbers, lists and mappings: remove the tag (quote the value to keep it as text)");
        }
        if (parser.isCurrentAlias()) {
            refused = true;
            // One is enough: an alias bomb would otherwise report each of its thousands.
            if (!aliasReported) {
                aliasReported = true;
                problems.add(source, mark.line(), mark.column(), "YAML alias '*" + parser.getText() + "' is not supported",
                        "write the value out in full where it is needed; prepbook does not copy values from one place to another");
            }
            return new YamlNode.Scalar(mark, "", YamlNode.Kind.NULL);
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Mark keyMark = mark(parser);
                    parser.nextToken();
                    YamlNode value = node(parser, depth + 1);
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
                    items.add(node(parser, depth + 1));
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
            default -> {
                // VALUE_NULL; anything else (a tagged binary value) has been reported as a tag above.
                return new YamlNode.Scalar(mark, "", YamlNode.Kind.NULL);
            }
        }
    }

    /** Reports the {@code ---} line that starts a second document, or its first value when there is none. */
    private void secondDocument(String text, Mark value) {
        LineMap lines = LineMap.of(text);
        int line = value.line() - lineOffset;
        while (line > 1 && !lines.line(line).orElse("").startsWith("---")) {
            line--;
        }
        boolean separator = lines.line(line).orElse("").startsWith("---");
        problems.add(source, separator ? line + lineOffset : value.line(), separator ? 1 : value.column(),
                "a second YAML document starts here", "a file holds one YAML document: remove this '---' line, "
                        + "or move what follows it into a file of its own");
    }

    private Mark mark(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return new Mark(at.getLineNr() + lineOffset, at.getColumnNr());
    }

    private static String shown(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : "!" + tag;
    }

    /** Unwinds the parse from the level that went too deep to the one place that reports it. */
    private static final class TooDeep extends RuntimeException {
        private final Mark at;

        TooDeep(Mark at) {
            super(null, null, false, false);
            this.at = at;
        }
    }
}
