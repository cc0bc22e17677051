package org.prepbook.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;

/**
 * Mustache.java renders a name it cannot resolve as nothing, which hides typos in templates. This
 * handler turns every such lookup, for values and sections alike, into a {@link TemplateException}
 * naming the template and line.
 */
final class StrictObjectHandler extends ReflectionObjectHandler {

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        Binding binding = super.createBinding(name, tc, code);
        return scopes -> {
            Object value = binding.get(scopes);
            if (value == null) {
                throw new TemplateException(tc.file(), tc.line(), "'" + name + "' resolves to nothing",
                        "check the spelling against the view the template receives (docs/themes.md lists them)");
            }
            return value;
        };
    }
}
