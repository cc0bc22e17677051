package org.prepbook.render;

/**
 * A template that cannot be rendered, as thrown from inside Mustache.java; {@link Theme} turns it
 * into a {@link org.prepbook.diagnostics.Problem} before it leaves the package.
 */
final class TemplateException extends RuntimeException {
    private final String template;
    private final int line;
    private final String hint;

    TemplateException(String template, int line, String message, String hint) {
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
