package org.prepbook.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.DefaultCode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code {{t.key}}} in a template: the theme's message {@code key}, looked up when the template is
 * compiled, so an unknown key fails at the template's line whether or not the page shows it, and
 * drawing a page costs no lookup. Each {@code {name}} in the message is the view's field
 * {@code name}, resolved and escaped as {@code {{name}}} would be (a number written the language's
 * way, as {@link Messages} writes it). The message's own text is escaped
 * for HTML text and double-quoted attributes ({@code & < > "}); with three braces it is inserted as
 * written, for messages that hold markup. A counted message (a group of plural forms, docs/themes.md)
 * writes the form the view's {@code count} takes in the message's language.
 */
final class MessageCode extends DefaultCode {
    static final String PREFIX = "t.";

    private final Messages messages;
    private final String key;
    /** The message, or each plural form of a counted one by its key ({@code questions.count.one}). */
    private final Map<String, Compiled> forms = new HashMap<>();
    /** The view's {@code count}, which picks the form of a counted message; null for any other message. */
    private final Binding count;

    /** One message ready to write: even indexes literal text, odd indexes null (a placeholder) with its binding beside it. */
    private record Compiled(Messages.Message message, List<String> texts, List<Binding> values) {
    }

    MessageCode(TemplateContext tc, DefaultMustacheFactory df, Messages messages, String variable, boolean encoded) {
        super(tc, df, null, variable, "");
        this.messages = messages;
        this.key = variable.substring(PREFIX.length());
        Optional<Messages.Message> single = messages.find(key);
        if (single.isPresent()) {
            forms.put(key, compile(single.get(), encoded));
            count = null;
        } else if (messages.find(key + ".other").isPresent()) {
            // A counted message (one:, other:…): every form is compiled now, the one to write is chosen per page.
            for (String form : Messages.PLURAL_FORMS) {
                messages.find(key + "." + form).ifPresent(m -> forms.put(m.key(), compile(m, encoded)));
            }
            count = oh.createBinding("count", tc, this);
        } else {
            throw new TemplateException(tc.file(), tc.line(), "unknown message '" + key + "'", messages.hint(key));
        }
    }

    private Compiled compile(Messages.Message message, boolean encoded) {
        List<String> texts = new ArrayList<>();
        List<Binding> values = new ArrayList<>();
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
        return new Compiled(message, texts, values);
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
        Compiled m = count == null ? forms.get(key) : forms.get(messages.pluralKey(key, countOf(scopes)));
        try {
            for (int i = 0; i < m.texts().size(); i++) {
                if (m.texts().get(i) != null) {
                    writer.write(m.texts().get(i));
                } else {
                    Object value = value(m, i, scopes);
                    df.encode(value instanceof Number ? messages.format(value) : oh.stringify(value), writer);
                }
            }
        } catch (IOException e) {
            throw new MustacheException("Failed to write", e, tc);
        }
        return appendText(writer);
    }

    private long countOf(List<Object> scopes) {
        Object value = resolve(count, scopes, forms.get(key + ".other").message(), "count");
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new TemplateException(tc.file(), tc.line(), "message '" + key + "' has plural forms, chosen by {count}, which is "
                + (value == null ? "nothing" : "'" + value + "'") + " here, not a number",
                "a counted message needs a number named count in the view this template receives (docs/themes.md lists them)");
    }

    private Object value(Compiled m, int i, List<Object> scopes) {
        return resolve(m.values().get(i), scopes, m.message(), m.message().parts().get(i));
    }

    private Object resolve(Binding binding, List<Object> scopes, Messages.Message m, String name) {
        try {
            return binding.get(scopes);
        } catch (TemplateException e) {
            throw new TemplateException(tc.file(), tc.line(), "message '" + key + "' (" + m.file() + ":"
                    + m.line() + ") uses {" + name + "}, which resolves to nothing here",
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
