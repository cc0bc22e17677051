package org.prepbook.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A theme folder ({@code templates/}, {@code assets/}) seen through the site's override folder: a
 * file in {@code <content>/overrides/} replaces the theme's file of the same relative path.
 */
public final class Theme {
    private final List<Path> roots;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** @param roots folders to look in, first match wins: the site's overrides, then the theme */
    public Theme(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.factory = new DefaultMustacheFactory(name -> open("templates/" + name).orElse(null));
        factory.setObjectHandler(new StrictObjectHandler());
    }

    public static Theme of(Path contentDir, Path themesDir, String themeName) {
        return new Theme(List.of(contentDir.resolve("overrides"), themesDir.resolve(themeName)));
    }

    /** Checks that the theme exists before any work is done. */
    public Optional<String> problem() {
        if (roots.stream().skip(1).noneMatch(Files::isDirectory)) {
            return Optional.of("theme folder " + roots.get(roots.size() - 1) + " not found");
        }
        return Optional.empty();
    }

    /** Renders {@code templates/<name>.mustache} with {@code view}. */
    public String render(String name, Object view) {
        Mustache mustache = compiled.computeIfAbsent(name, this::compile);
        StringWriter out = new StringWriter(8192);
        try {
            mustache.execute(out, view);
        } catch (MustacheException e) {
            throw unwrap(e, name + ".mustache");
        }
        return out.toString();
    }

    /** Every asset as relative path to file, overrides replacing the theme's files; sorted for stable output. */
    public Map<String, Path> assets() {
        Map<String, Path> assets = new TreeMap<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            Path dir = roots.get(i).resolve("assets");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> assets.put(dir.relativize(f).toString().replace('\\', '/'), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assets;
    }

    /** A theme file outside {@code templates/} (e.g. {@code packet/packet.css}), the site's override first. */
    public Optional<Path> file(String relative) {
        return roots.stream().map(r -> r.resolve(relative)).filter(Files::isRegularFile).findFirst();
    }

    private Mustache compile(String name) {
        String file = name + ".mustache";
        if (open("templates/" + file).isEmpty()) {
            throw new TemplateException(roots.get(roots.size() - 1).resolve("templates").resolve(file).toString(), 1,
                    "template not found",
                    "the theme must provide templates/" + file + ", or the site overrides/templates/" + file);
        }
        try {
            return factory.compile(file);
        } catch (MustacheException e) {
            throw unwrap(e, file);
        }
    }

    private Optional<Reader> open(String relative) {
        for (Path root : roots) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    // Mustache.java wraps whatever a binding throws, sometimes twice; the innermost TemplateException
    // is the one that names the right template and line.
    private TemplateException unwrap(MustacheException e, String template) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateException te) {
                return new TemplateException(locate(te.template()), te.line(), te.getMessage(), te.hint());
            }
        }
        String message = e.getMessage() == null ? "cannot compile" : e.getMessage().lines().findFirst().orElse("");
        return new TemplateException(locate(template), 1, message, "check that every {{#section}} is closed by {{/section}}");
    }

    /** The file a template name resolves to, for messages. */
    private String locate(String file) {
        return roots.stream().map(r -> r.resolve("templates").resolve(file)).filter(Files::isRegularFile)
                .findFirst().map(Path::toString).orElse(file);
    }
}
