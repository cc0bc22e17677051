package org.prepbook.yaml;

import java.util.List;
import java.util.Map;
import org.prepbook.diagnostics.Mark;

/**
 * A YAML value that remembers where it was written. Jackson's tree model forgets positions, and
 * every error we report must point at the offending key or value, so we build our own small tree.
 */
public sealed interface YamlNode {

    Mark mark();

    /** How the value reads to a content editor, for "expected a list, found text". */
    String describe();

    record Mapping(Mark mark, Map<String, Entry> entries) implements YamlNode {
        public String describe() {
            return "a mapping";
        }
    }

    record Entry(Mark keyMark, YamlNode value) {
    }

    record Sequence(Mark mark, List<YamlNode> items) implements YamlNode {
        public String describe() {
            return "a list";
        }
    }

    record Scalar(Mark mark, String text, Kind kind) implements YamlNode {
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case BOOLEAN -> "a boolean (" + text + ")";
                case INTEGER, FLOAT -> "a number (" + text + ")";
                case STRING -> "text";
            };
        }
    }

    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
