package org.prepbook.render;

/** A template that cannot be rendered: a theme author's mistake, reported like a content problem. */
public final class TemplateException extends RuntimeException {
    private final String template;
    private final int line;
    private final String hint;

    public TemplateException(String template, int line, String message, String hint) {
        super(message);
        this.template = template;
        this.line = line;
        this.hint = hint;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public String hint() {
        return hint;
    }
}
