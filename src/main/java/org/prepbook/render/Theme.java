package org.prepbook.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problem;
import org.prepbook.diagnostics.Problems;
import org.prepbook.source.SourceText;
import org.prepbook.source.SourceTree;

/**
 * A theme folder ({@code templates/}, {@code assets/}, {@code messages/}) seen through the site's
 * override folder: a file in {@code <content>/overrides/} replaces the theme's file of the same
 * relative path, and a message in {@code overrides/messages/} replaces the theme's message of the
 * same key. A theme speaks one language ({@link #in(String)}): its templates are compiled with that
 * language's messages.
 */
public final class Theme {
    /** A folder to look in, and the tree no file read from it may leave. */
    private record Root(Path dir, SourceTree tree) {
    }

    /** The language every theme has all its messages in, and every other language falls back to. */
    public static final String FALLBACK_LANGUAGE = "en";

    private final List<Root> roots;
    private final List<Path> dirs;
    private final Path site;
    private final Path themes;
    private final String language;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private final Map<String, Theme> languages;
    private Messages messages;

    private Theme(List<Root> roots, Path site, Path themes, String language, Map<String, Theme> languages) {
        this.roots = List.copyOf(roots);
        this.site = site;
        this.themes = themes;
        this.dirs = roots.stream().map(Root::dir).toList();
        this.language = language;
        this.languages = languages;
        this.factory = new DefaultMustacheFactory(name -> open("templates/" + name).orElse(null)) {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return new DefaultMustacheVisitor(this) {
                    @Override
                    public void value(TemplateContext tc, String variable, boolean encoded) {
                        if (variable.startsWith(MessageCode.PREFIX)) {
                            list.add(new MessageCode(tc, df, messages(), variable, encoded));
                        } else {
                            super.value(tc, variable, encoded);
                        }
                    }
                };
            }
        };
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /** The theme {@code themeName} under {@code themesDir}, with the site's overrides in front of it, in English. */
    public static Theme of(Path contentDir, Path themesDir, String themeName) {
        Theme theme = new Theme(List.of(new Root(contentDir.resolve("overrides"), SourceTree.of(contentDir, "the content folder")),
                new Root(themesDir.resolve(themeName), SourceTree.of(themesDir, "the themes folder"))),
                contentDir.resolve("site.yaml"), themesDir, FALLBACK_LANGUAGE, new ConcurrentHashMap<>());
        theme.languages.put(FALLBACK_LANGUAGE, theme);
        return theme;
    }

    /**
     * The same theme speaking {@code language} (a BCP 47 tag such as {@code en-GB}): messages come from
     * {@code messages/en-GB.yaml}, then {@code messages/en.yaml}, key by key. Made once per language.
     */
    public Theme in(String language) {
        return languages.computeIfAbsent(language, l -> new Theme(roots, site, themes, l, languages));
    }

    /**
     * The messages of this theme's language, read once; a messages file that is not valid YAML, or
     * not a mapping of keys to text, is a {@link ContentException}.
     */
    public synchronized Messages messages() {
        if (messages == null) {
            List<Map.Entry<Path, String>> texts = new ArrayList<>();
            Problems problems = new Problems();
            for (String tag : fallbacks(language)) {
                for (Root root : roots) {
                    fileIn(root, "messages/" + tag + ".yaml").ifPresent(f -> SourceText.read(f, problems)
                            .ifPresent(text -> texts.add(Map.entry(f, text))));
                }
            }
            problems.throwIfAny();
            messages = Messages.parse(texts, dirs.get(dirs.size() - 1).resolve("messages").resolve(FALLBACK_LANGUAGE + ".yaml"),
                    language);
        }
        return messages;
    }

    // en-GB, then en, then the fallback language. A tag that is not made of letters, digits and
    // hyphens names no file, so site.yaml cannot lead the lookup out of messages/.
    private static List<String> fallbacks(String language) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (language.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*")) {
            String[] subtags = language.split("-");
            for (int i = subtags.length; i > 0; i--) {
                tags.add(String.join("-", java.util.Arrays.asList(subtags).subList(0, i)));
            }
        }
        tags.add(FALLBACK_LANGUAGE);
        return List.copyOf(tags);
    }

    /**
     * Checks that the theme exists before any work is done; a missing one is reported where it is
     * chosen, in site.yaml, the same for every command that draws with it.
     */
    public Optional<Problem> problem() {
        if (dirs.stream().skip(1).noneMatch(Files::isDirectory)) {
            return Optional.of(new Problem(site, 1, 1, "theme folder " + dirs.get(dirs.size() - 1) + " not found",
                    "set 'theme' in site.yaml to a folder under " + themes));
        }
        return Optional.empty();
    }

    /** Renders {@code templates/<name>.mustache} with {@code views}; a name is looked up in the last view first. */
    public String render(String name, Object... views) {
        Mustache mustache = compiled.computeIfAbsent(name, this::compile);
        StringWriter out = new StringWriter(8192);
        try {
            mustache.execute(out, views);
        } catch (MustacheException e) {
            throw unwrap(e, name + ".mustache");
        } catch (TemplateException e) {
            throw problem(e);
        }
        return out.toString();
    }

    /** Every asset as relative path to file, overrides replacing the theme's files; sorted for stable output. */
    public Map<String, Path> assets() {
        Map<String, Path> assets = new TreeMap<>();
        Problems problems = new Problems();
        for (int i = roots.size() - 1; i >= 0; i--) {
            Path dir = roots.get(i).dir().resolve("assets");
            for (Path f : roots.get(i).tree().walk(dir, problems)) {
                assets.put(dir.relativize(f).toString().replace('\\', '/'), f);
            }
        }
        problems.throwIfAny();
        return assets;
    }

    /** A theme file outside {@code templates/} (e.g. {@code packet/packet.css}), the site's override first. */
    public Optional<Path> file(String relative) {
        for (Root root : roots) {
            Optional<Path> file = fileIn(root, relative);
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> fileIn(Root root, String relative) {
        Problems problems = new Problems();
        Optional<Path> file = SourceTree.resolve(root.dir(), relative).filter(Files::isRegularFile);
        if (file.isPresent() && root.tree().contains(file.get(), problems)) {
            return file;
        }
        problems.throwIfAny();
        return Optional.empty();
    }

    private Mustache compile(String name) {
        String file = name + ".mustache";
        if (file("templates/" + file).isEmpty()) {
            throw problem(dirs.get(dirs.size() - 1).resolve("templates").resolve(file).toString(), 1,
                    "template not found",
                    "the theme must provide templates/" + file + ", or the site overrides/templates/" + file);
        }
        try {
            return factory.compile(file);
        } catch (MustacheException e) {
            throw unwrap(e, file);
        } catch (TemplateException e) {
            throw problem(e);
        }
    }

    private Optional<Reader> open(String relative) {
        return file(relative).map(f -> {
            try {
                return Files.newBufferedReader(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // Mustache.java wraps whatever a binding throws, sometimes twice; the innermost TemplateException
    // is the one that names the right template and line.
    private ContentException unwrap(MustacheException e, String template) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ContentException ce) {
                return ce;
            }
            if (t instanceof TemplateException te) {
                return problem(te);
            }
        }
        String message = e.getMessage() == null ? "cannot compile" : e.getMessage().lines().findFirst().orElse("");
        return problem(locate(template), 1, message, "check that every {{#section}} is closed by {{/section}}");
    }

    private ContentException problem(TemplateException e) {
        return problem(locate(e.template()), e.line(), e.getMessage(), e.hint());
    }

    private static ContentException problem(String template, int line, String message, String hint) {
        return new ContentException(List.of(new Problem(Path.of(template), line, 1, "template error: " + message, hint)));
    }

    /** The file a template name resolves to, for messages. */
    private String locate(String file) {
        return dirs.stream().map(r -> r.resolve("templates").resolve(file)).filter(Files::isRegularFile)
                .findFirst().map(Path::toString).orElse(file);
    }
}
