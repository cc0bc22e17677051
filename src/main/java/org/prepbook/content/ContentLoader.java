package org.prepbook.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.Problems;
import org.prepbook.diagnostics.Suggestions;
import org.prepbook.model.Handbook;
import org.prepbook.model.Language;
import org.prepbook.model.Page;
import org.prepbook.model.SiteConfig;
import org.prepbook.route.Routes;
import org.prepbook.source.SourceText;
import org.prepbook.source.SourceTree;

/** Reads a content folder from disk; all interpretation happens in {@link ContentParser}. */
public final class ContentLoader {
    /** The folder of the content that holds the handbook's other languages, one folder per tag (docs/languages.md). */
    private static final String LANGUAGES = "languages";

    private ContentLoader() {
    }

    /** The handbook in the site's own language; its other languages, if any, are not read. */
    public static Handbook load(Path contentDir) {
        return ContentParser.parse(sources(contentDir));
    }

    /**
     * The handbook in every language it is written in: the site's own language first, then each
     * language its {@code site.yaml} lists, from {@code languages/<tag>/}, in the listed order. The
     * problems of all the translations are reported together.
     */
    public static List<Handbook> loadAll(Path contentDir) {
        ContentSources mainSources = sources(contentDir);
        Handbook main = ContentParser.parse(mainSources);
        SiteConfig site = main.site();
        List<Handbook> all = new ArrayList<>(List.of(main));
        Problems problems = new Problems();
        Map<String, Path> folders = languageFolders(contentDir, problems);
        List<String> withoutFolder = new ArrayList<>();
        for (SiteConfig.Translation listed : site.languages()) {
            Path dir = folders.remove(listed.tag().toLowerCase(Locale.ROOT));
            if (dir == null) {
                withoutFolder.add(listed.tag());
                problems.add(listed.origin().path(), listed.origin().line(), listed.origin().column(),
                        "the language '" + listed.tag() + "' has no folder " + LANGUAGES + "/" + listed.tag() + "/",
                        "create it beside site.yaml, with its own site.yaml and the translated items,"
                                + " or remove '" + listed.tag() + "' from 'languages:' (docs/languages.md)");
                continue;
            }
            try {
                all.add(ContentParser.parseTranslation(sources(dir), site, listed.tag()));
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        unlisted(folders.values(), withoutFolder, problems);
        pagesInLanguageFolders(main, problems);
        // The problems found here at a line of site.yaml quote it, as the parser's do.
        problems.throwIfAny(Map.of(mainSources.site().path(), mainSources.site().text()));
        return List.copyOf(all);
    }

    /** A folder under {@code languages/} that no listed language claimed. */
    private static void unlisted(Collection<Path> folders, List<String> withoutFolder, Problems problems) {
        for (Path unlisted : folders) {
            String name = unlisted.getFileName().toString();
            Optional<Language> tag = Language.parse(name);
            // The folder of a listed language, misspelt, or named by the language's name rather than its tag.
            Optional<String> meant = Suggestions.closest(name, withoutFolder).or(() -> Language.suggest(name));
            problems.add(unlisted, 1, 1, tag.isPresent()
                            ? "the folder " + LANGUAGES + "/" + name + "/ is not a language site.yaml lists"
                            : "the folder " + LANGUAGES + "/" + name + "/ is not named by a BCP 47 language tag",
                    meant.map(t -> "did you mean '" + t + "'? ").orElse("") + (tag.isPresent() && meant.isEmpty()
                            ? "add '" + tag.get().tag() + "' to 'languages:' in site.yaml, or remove the folder"
                            : "name the folder by the language's tag, e.g. " + LANGUAGES + "/es/ or " + LANGUAGES
                                    + "/pt-BR/, and list the tag under 'languages:' in site.yaml"));
        }
    }

    /** A free page of the main folder whose URL is a language's folder. */
    private static void pagesInLanguageFolders(Handbook main, Problems problems) {
        for (SiteConfig.Translation listed : main.site().languages()) {
            String folder = Routes.languageFolder(listed.tag());
            for (Page page : main.pages()) {
                if (Routes.root().page(page.slug()).equals(Routes.root().home() + folder)) {
                    problems.add(page.origin().path(), 1, 1, "the page slug '" + page.slug()
                                    + "' is the folder of the handbook in '" + listed.tag() + "'",
                            "rename the file: the " + listed.tag() + " pages live at /" + folder);
                }
            }
        }
    }

    /** The folders under {@code languages/}, by lower-case name, in name order. */
    private static Map<String, Path> languageFolders(Path contentDir, Problems problems) {
        SourceTree tree = SourceTree.of(contentDir, "the content folder");
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Path folder : tree.folders(contentDir.resolve(LANGUAGES), problems)) {
            folders.put(folder.getFileName().toString().toLowerCase(Locale.ROOT), folder);
        }
        return folders;
    }

    private static ContentSources sources(Path contentDir) {
        Problems problems = new Problems();
        Path siteFile = contentDir.resolve("site.yaml");
        if (!Files.isDirectory(contentDir)) {
            problems.add(contentDir, 1, 1, "content folder not found",
                    "pass the folder that holds site.yaml with --content, or run 'prepbook new' to create one");
            problems.throwIfAny();
        }
        if (!Files.isRegularFile(siteFile)) {
            problems.add(siteFile, 1, 1, "site.yaml not found",
                    "every content folder needs a site.yaml with at least title, organisation, base_url and categories");
            problems.throwIfAny();
        }
        SourceTree tree = SourceTree.of(contentDir, "the content folder");
        if (!tree.contains(siteFile, problems)) {
            problems.throwIfAny();
        }
        ContentSources sources = new ContentSources(
                read(siteFile, problems),
                readAll(tree, "stages", ".md", problems),
                readAll(tree, "questions", ".yaml", problems),
                readAll(tree, "asks", ".yaml", problems),
                readAll(tree, "backstory", ".yaml", problems),
                readAll(tree, "emails", ".md", problems),
                readAll(tree, "pages", ".md", problems));
        problems.throwIfAny();
        return sources;
    }

    private static List<SourceFile> readAll(SourceTree tree, String folder, String extension, Problems problems) {
        List<Path> sorted = tree.list(tree.root().resolve(folder), problems);
        for (Path p : sorted) {
            String name = p.getFileName().toString();
            if (!name.endsWith(extension) && !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".markdown"))) {
                problems.add(p, 1, 1, "file is ignored because of its extension", "rename it to end in '" + extension + "'");
            }
        }
        return sorted.stream()
                .filter(p -> p.getFileName().toString().endsWith(extension))
                .map(p -> read(p, problems))
                .toList();
    }

    // A file that cannot be read or decoded is reported and read as empty; the load stops before parsing.
    private static SourceFile read(Path path, Problems problems) {
        return new SourceFile(path, SourceText.read(path, problems).orElse(""));
    }
}
