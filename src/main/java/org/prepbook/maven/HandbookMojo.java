package org.prepbook.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.prepbook.Build;
import org.prepbook.content.MissingTranslations;
import org.prepbook.diagnostics.ContentException;
import org.prepbook.diagnostics.FileFault;
import org.prepbook.diagnostics.Problem;
import org.prepbook.output.OutputFolder;

/**
 * What the goals share: the folders, with the CLI's defaults, and the translation of content
 * problems into Maven errors. Each problem becomes one {@code [ERROR] path:line:col: message} line
 * (paths relative to the project, as editors and CI annotations want them) and the goal fails with
 * a {@link MojoFailureException}: a content mistake is the user's, not a plugin crash.
 */
abstract class HandbookMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** The content folder, the one that holds {@code site.yaml}. */
    @Parameter(property = "prepbook.content", defaultValue = "${project.basedir}/content")
    protected File content;

    /** The folder of themes; the site's {@code theme} names one folder inside it. */
    @Parameter(property = "prepbook.themes", defaultValue = "${project.basedir}/themes")
    protected File themes;

    /** Where the site is written; replaced only by a successful build. */
    @Parameter(property = "prepbook.out", defaultValue = "${project.build.directory}/site")
    protected File out;

    /** Skips the goal, e.g. {@code -Dprepbook.skip} for a quick build of something else. */
    @Parameter(property = "prepbook.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("prepbook: skipped");
            return;
        }
        run();
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    protected Build.Options options() {
        return new Build.Options(content.toPath(), themes.toPath(), out.toPath());
    }

    /** Runs the build the CLI runs, turning every kind of user mistake into a failure that lists them. */
    protected Build.Result build() throws MojoFailureException {
        try {
            Build.Result result = Build.run(options());
            untranslated(result.untranslated());
            if (!result.checks().problems().isEmpty()) {
                log(result.checks().problems(), getLog()::warn);
                getLog().warn("prepbook found " + count(result.checks().problems()) + " in the built pages;"
                        + " built anyway, as site.yaml says 'broken_links: warn'");
            }
            return result;
        } catch (ContentException e) {
            throw failure(e.problems());
        } catch (Build.ChecksFailed e) {
            MojoFailureException failure = failure(e.problems());
            getLog().error("    hint: fix what is listed above, or set 'broken_links: warn' under 'options:' in site.yaml to build with warnings");
            throw failure;
        } catch (OutputFolder.RefusedException e) {
            getLog().error(e.getMessage());
            getLog().error("    hint: " + e.hint());
            throw new MojoFailureException("prepbook: " + e.getMessage());
        } catch (FileFault e) {
            // The disk failed, not the plugin: the same one line the command line prints, no stack trace.
            getLog().error(e.line());
            throw new MojoFailureException(e.line());
        }
    }

    /** Logs the items some language of the handbook lacks: warnings, never a failure (docs/languages.md). */
    protected void untranslated(List<Problem> warnings) {
        if (!warnings.isEmpty()) {
            log(warnings, getLog()::warn);
            getLog().warn(MissingTranslations.summary(warnings.size()));
        }
    }

    /** Logs each problem as an error, every line of it as the terminal shows it, and returns the failure to throw. */
    protected MojoFailureException failure(List<Problem> problems) {
        log(problems, getLog()::error);
        return new MojoFailureException("prepbook found " + count(problems) + " in the handbook; see the errors above");
    }

    private void log(List<Problem> problems, Consumer<CharSequence> level) {
        for (Problem p : problems) {
            p.at(Path.of(shown(p.path()))).format().lines().forEach(level);
        }
    }

    private static String count(List<Problem> problems) {
        return problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    }

    /** A path as the user knows it: relative to the project when it is inside it. */
    protected String shown(Path path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString() : path.toString();
    }
}
