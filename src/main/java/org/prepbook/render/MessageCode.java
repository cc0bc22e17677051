package org.prepbook.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.DefaultCode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {{t.key}}} in a template: the theme's message {@code key}, looked up when the template is
 * compiled, so an unknown key fails at the template's line whether or not the page shows it, and
 * drawing a page costs no lookup. Each {@code {name}} in the message is the view's field
 * {@code name}, resolved and escaped as {@code {{name}}} would be (a number written the language's
 * way, as {@link Messages} writes it). The message's own text is escaped
 * for HTML text and double-quoted attributes ({@code & < > "}); with three braces it is inserted as
 * written, for messages that hold markup.
 */
final class MessageCode extends DefaultCode {
    static final String PREFIX = "t.";

    private final Messages messages;
    private final Messages.Message message;
    /** The message's text, ready to write: even indexes literal text, odd indexes null (a placeholder). */
    private final List<String> texts = new ArrayList<>();
    private final List<Binding> values = new ArrayList<>();

    MessageCode(TemplateContext tc, DefaultMustacheFactory df, Messages messages, String variable, boolean encoded) {
        super(tc, df, null, variable, "");
        this.messages = messages;
        String key = variable.substring(PREFIX.length());
        this.message = messages.find(key).orElseThrow(() ->
                new TemplateException(tc.file(), tc.line(), "unknown message '" + key + "'", messages.hint(key)));
        List<String> parts = message.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                texts.add(encoded ? escape(parts.get(i)) : parts.get(i));
                values.add(null);
            } else {
                texts.add(null);
                values.add(oh.createBinding(parts.get(i), tc, this));
            }
        }
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
        try {
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i) != null) {
                    writer.write(texts.get(i));
                } else {
                    Object value = value(i, scopes);
                    df.encode(value instanceof Number ? messages.format(value) : oh.stringify(value), writer);
                }
            }
        } catch (IOException e) {
            throw new MustacheException("Failed to write", e, tc);
        }
        return appendText(writer);
    }

    private Object value(int i, List<Object> scopes) {
        try {
            return values.get(i).get(scopes);
        } catch (TemplateException e) {
            String name = message.parts().get(i);
            throw new TemplateException(tc.file(), tc.line(), "message '" + message.key() + "' (" + message.file() + ":"
                    + message.line() + ") uses {" + name + "}, which resolves to nothing here",
                    "a placeholder names a field of the view this template receives (docs/themes.md lists them)");
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
