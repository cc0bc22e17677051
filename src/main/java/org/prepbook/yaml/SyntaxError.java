package org.prepbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Optional;
import org.prepbook.diagnostics.LineMap;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said in an editor's words, at the place to fix. The parser reports where it
 * gave up ("while scanning for the next token", often a line late); for the mistakes people make
 * most (a tab, an unclosed quote or bracket, a ': ' in a value, a line indented wrong, a character
 * YAML does not allow) this names the mistake and points at it instead.
 *
 * @param line   1-based, within the text that was parsed
 * @param column 1-based, in code points
 */
record SyntaxError(int line, int column, String message, String hint) {
    private static final String GENERAL_HINT =
            "check indentation and quoting; text containing ': ' or starting with a special character needs quotes";
    private static final String INDENT_HINT =
            "line up the keys of one mapping in the same column, and indent list items ('- ') under their key";

    static SyntaxError explain(JsonProcessingException e, LineMap text, JsonLocation parserAt) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            return marked(marked, text);
        }
        if (e instanceof StreamConstraintsException) {
            int line = parserAt == null ? 1 : parserAt.getLineNr();
            int column = parserAt == null ? 1 : parserAt.getColumnNr();
            return new SyntaxError(line, column, "a value here is too long to read",
                    "numbers may have at most 1000 digits; split very long text into several values");
        }
        String reason = String.valueOf(e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage());
        if (reason.contains("exceeds the limit")) {
            return new SyntaxError(1, 1, "the file is too large to read as YAML", "split it into several files");
        }
        return forbiddenCharacter(text).orElseGet(() -> new SyntaxError(1, 1, "invalid YAML: " + firstLine(reason), GENERAL_HINT));
    }

    private static SyntaxError marked(MarkedYAMLException e, LineMap text) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark at = e.getProblemMark();
        Mark opened = e.getContextMark() == null ? at : e.getContextMark();
        if (problem.contains("'\\t(TAB)'")) {
            return at(at, "a tab is used for indentation here", "indent with spaces: YAML does not allow tabs for indentation");
        }
        if (context.contains("quoted scalar") && problem.contains("escape")) {
            return at(at, "unknown escape sequence in double-quoted text",
                    "write \\\\ for a backslash, or use single quotes, where a backslash is an ordinary character");
        }
        if (context.contains("quoted scalar")) {
            String quote = charAt(text, opened).equals("'") ? "'" : "\"";
            return at(opened, "the quote (" + quote + ") opened here is never closed", "end the value with a matching "
                    + quote + (quote.equals("'") ? "; inside '…' write '' for a single quote" : "; inside \"…\" write \\\" for a double quote"));
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean list = context.contains("sequence");
            return at(opened, (list ? "the list opened with '[' here" : "the mapping opened with '{' here") + " is never closed",
                    "close it with '" + (list ? "]" : "}") + "' on the same value, or write one "
                            + (list ? "item per line starting with '- '" : "'key: value' per line"));
        }
        if (problem.contains("mapping values are not allowed")) {
            return colonInValue(at, text);
        }
        if (problem.contains("could not find expected ':'")) {
            return at(opened, "this key has no ':' after it",
                    "write 'key: value'; text that goes on over several lines needs quotes or '|'");
        }
        if (problem.startsWith("expected <block end>")) {
            return indentation(at, text);
        }
        if (problem.startsWith("expected the node content")) {
            return at(at, "a value is missing here", "write the value, and close every '[' and '{' opened before it");
        }
        if (problem.contains("that cannot start any token")) {
            String c = charAt(text, at);
            return at(at, "a value cannot start with '" + c + "'", "put the value in quotes, e.g. key: \"" + c + "…\"");
        }
        return at(at, "invalid YAML: " + firstLine(problem.replaceAll("\\s*\\(Do not use .*\\)", "")), GENERAL_HINT);
    }

    /** "mapping values are not allowed here": a second ': ' on a key's line, or a key indented under text. */
    private static SyntaxError colonInValue(Mark at, LineMap text) {
        String line = text.line(at.getLine() + 1).orElse("");
        String before = prefix(line, at.getColumn());
        String item = before.replaceFirst("^\\s*(-\\s+)*", "");
        int colon = item.indexOf(": ");
        if (colon > 0) {
            String key = item.substring(0, colon);
            String value = line.substring(before.length() - item.length() + colon + 2).strip();
            String quoted = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
            return at(at, "': ' inside a value that is not in quotes", "put the whole value in quotes: " + key + ": " + quoted);
        }
        int indent = line.length() - line.stripLeading().length();
        return new SyntaxError(at.getLine() + 1, line.codePointCount(0, indent) + 1, "this line is indented deeper than the key above it",
                "line up the keys of one mapping in the same column; if this line goes on with the text above, "
                        + "put that text in quotes or start it with '|'");
    }

    private static SyntaxError indentation(Mark at, LineMap text) {
        String line = text.line(at.getLine() + 1).orElse("");
        boolean startOfLine = prefix(line, at.getColumn()).isBlank();
        if (startOfLine) {
            return at(at, "this line's indentation does not match the lines above", INDENT_HINT);
        }
        return at(at, "unexpected '" + charAt(text, at) + "' here", GENERAL_HINT);
    }

    /** The first character YAML refuses anywhere (NUL, other control characters), when the parser gave no place. */
    private static Optional<SyntaxError> forbiddenCharacter(LineMap text) {
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = text.line(n).orElse("");
            int column = 1;
            for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1), column++) {
                int c = line.codePointAt(i);
                if (c == 0) {
                    return Optional.of(new SyntaxError(n, column, "the file holds a NUL byte (U+0000)",
                            "save the file as UTF-8 text: a NUL byte usually means it was saved as UTF-16 or is not a text file"));
                }
                if (!allowed(c)) {
                    return Optional.of(new SyntaxError(n, column,
                            String.format("the control character U+%04X is not allowed in YAML", c),
                            "delete it: most editors do not show it (it often comes with text pasted from elsewhere)"));
                }
            }
        }
        return Optional.empty();
    }

    // YAML 1.1's printable set, which the parser enforces.
    private static boolean allowed(int c) {
        return c == '\t' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static SyntaxError at(Mark mark, String message, String hint) {
        return new SyntaxError(mark.getLine() + 1, mark.getColumn() + 1, message, hint);
    }

    /** The first {@code column} code points of {@code line}. */
    private static String prefix(String line, int column) {
        int end = line.offsetByCodePoints(0, Math.min(column, line.codePointCount(0, line.length())));
        return line.substring(0, end);
    }

    private static String charAt(LineMap text, Mark mark) {
        String line = text.line(mark.getLine() + 1).orElse("");
        String before = prefix(line, mark.getColumn());
        return before.length() < line.length() ? Character.toString(line.codePointAt(before.length())) : "";
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("syntax error");
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}
