package org.prepbook.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code prepbook new}: a content repository that builds at once. Its files are the resources under
 * {@code scaffold/} (the default theme among them, copied there by the build), whether prepbook runs
 * from its jar or from its classes folder. Names starting with {@code dot-} become dot files, which
 * the Maven resources plugin would otherwise leave out.
 */
public final class Scaffold {
    private static final String ROOT = "scaffold";

    private Scaffold() {
    }

    /** Why a folder cannot receive a new content repository, and what to do instead. */
    public static final class RefusedException extends Exception {
        private final String hint;

        RefusedException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * Writes a content repository into {@code dir}, which must be missing or empty.
     *
     * @param jvmFlags the flags for Maven's JVM ({@code .mvn/jvm.config}), which runs the plugin's builds
     * @return the files written, relative to {@code dir}, sorted
     */
    public static List<String> create(Path dir, List<String> jvmFlags) throws RefusedException {
        return create(dir, jvmFlags, Optional.empty());
    }

    /**
     * The same, with the runnable jar this prepbook runs from, if it runs from one: the README then
     * gives the command that installs exactly that jar as the Maven plugin.
     */
    public static List<String> create(Path dir, List<String> jvmFlags, Optional<Path> jar) throws RefusedException {
        refuseUnsafe(dir);
        String version = version();
        String artifactId = artifactId(dir);
        List<String> written = new ArrayList<>();
        withRoot(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path source : files.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = targetName(root.relativize(source).toString().replace('\\', '/'));
                    byte[] bytes = Files.readAllBytes(source);
                    if (relative.equals("pom.xml")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8).replace("@prepbook.version@", version)
                                .replace("@artifactId@", artifactId).getBytes(StandardCharsets.UTF_8);
                    } else if (relative.equals("README.md")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8).replace("@prepbook.jar@", shownJar(jar))
                                .replace("@install.command@", installCommand(jar)).getBytes(StandardCharsets.UTF_8);
                    } else if (relative.equals(".mvn/jvm.config")) {
                        // Maven's JVM runs the plugin's build: give it the flags the command line's build JVM gets.
                        bytes = new String(bytes, StandardCharsets.UTF_8).replace("@jvm.flags@", String.join(" ", jvmFlags))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    Path target = dir.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    written.add(relative);
                }
            }
        });
        return List.copyOf(written);
    }

    /**
     * The one command that puts prepbook's plugin into this computer's Maven repository: the runnable
     * jar is the plugin too (its descriptor and its pom are inside), so installing the file is enough.
     * The install plugin is named in full, so the command works in any folder, with or without a pom.
     */
    public static String installCommand(Optional<Path> jar) {
        return "mvn -B org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file -Dfile=" + quoted(shownJar(jar));
    }

    private static String shownJar(Optional<Path> jar) {
        return jar.map(j -> j.toAbsolutePath().normalize().toString()).orElse("PATH/TO/prepbook.jar");
    }

    /** A path as one word of a shell command: quoted when it holds spaces or characters a shell would act on. */
    public static String quoted(String path) {
        return path.matches("[\\p{L}\\p{N}/._+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private static void refuseUnsafe(Path dir) throws RefusedException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RefusedException(dir + " exists and is not a folder", "give 'prepbook new' a new or empty folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new RefusedException("refusing to create a handbook in " + dir + ": the folder is not empty",
                            "give 'prepbook new' a new or empty folder; it never writes over existing files");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String targetName(String relative) {
        return String.join("/", Stream.of(relative.split("/"))
                .map(part -> part.startsWith("dot-") ? "." + part.substring(4) : part).toList());
    }

    // Maven artifact ids are lower-case words; a folder called "Career Handbook" becomes career-handbook.
    private static String artifactId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "handbook" : id;
    }

    static String version() {
        try (InputStream in = Scaffold.class.getResourceAsStream("/org/prepbook/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RootAction {
        void accept(Path root) throws IOException;
    }

    // The scaffold is a folder when running from target/classes and a folder inside the jar otherwise.
    private static void withRoot(RootAction action) {
        URL marker = Scaffold.class.getResource("/" + ROOT + "/pom.xml");
        if (marker == null) {
            throw new IllegalStateException("prepbook is built without its scaffold resources");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    action.accept(jar.getPath("/" + ROOT));
                }
            } else {
                action.accept(Path.of(uri).getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
