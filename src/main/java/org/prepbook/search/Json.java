package org.prepbook.search;

/** The one piece of JSON writing the index needs: a string literal that any JSON parser reads back. */
final class Json {
    private Json() {
    }

    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // U+2028/9 are legal in JSON but not in older JavaScript string literals; '<' keeps
                // the text inert if a file is ever inlined into a page.
                case '\u2028', '\u2029', '<' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
