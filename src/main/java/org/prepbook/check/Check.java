package org.prepbook.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prepbook.Build;
import org.prepbook.diagnostics.Problem;
import org.prepbook.output.Output;

/**
 * {@code prepbook check} and the {@code check} goal: the build's own checks (every build runs them,
 * see {@link Build#render}), in memory, plus links to other sites when asked. The output folder is
 * never touched, so checking is safe beside a served or deployed site; and, unlike {@code build},
 * a check fails on every problem whatever {@code options: broken_links} says.
 */
public final class Check {

    /**
     * How many HTML pages were read and every problem found in them; and the items some language of
     * the handbook lacks, which are warnings and never fail a check.
     */
    public record Outcome(int pages, int externalLinks, List<Problem> problems, List<Problem> untranslated) {
    }

    /** Keeps nothing: the pages are read back as they pass (see {@link ReadBack}). */
    private static final class Nowhere implements Output {
        @Override
        public void write(String relativePath, byte[] bytes) {
        }

        @Override
        public void copy(String relativePath, Path source) {
        }
    }

    private Check() {
    }

    /**
     * @param external checks links to other sites too, when present
     * @throws org.prepbook.diagnostics.ContentException when the content does not build at all
     */
    public static Outcome run(Build.Options options, Optional<ExternalLinks> external) {
        Build.Result result = Build.render(options, new Nowhere());
        SiteCheck.Report report = result.checks();
        List<Problem> problems = new ArrayList<>(report.problems());
        external.ifPresent(links -> problems.addAll(links.check(report.external())));
        return new Outcome(report.pages(), external.isPresent() ? report.external().size() : 0, List.copyOf(problems),
                result.untranslated());
    }
}
