package org.prepbook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prepbook.Build;
import org.prepbook.diagnostics.Problem;
import org.prepbook.output.MemoryOutput;

/**
 * {@code prepbook check} and the {@code check} goal: build in memory, then read the site back. The
 * output folder is never touched, so checking is safe beside a served or deployed site.
 */
public final class Check {

    /** How many HTML pages were read and every problem found in them. */
    public record Outcome(int pages, int externalLinks, List<Problem> problems) {
    }

    private Check() {
    }

    /**
     * @param external checks links to other sites too, when present
     * @throws org.prepbook.diagnostics.ContentException when the content does not build at all
     */
    public static Outcome run(Build.Options options, Optional<ExternalLinks> external) {
        MemoryOutput site = new MemoryOutput();
        Build.Result built = Build.render(options, site);
        SiteCheck.Report report = SiteCheck.check(built.handbook(), built.markdown(), built.jobs(), site.files());
        List<Problem> problems = new ArrayList<>(report.problems());
        external.ifPresent(links -> problems.addAll(links.check(report.external())));
        return new Outcome(report.pages(), external.isPresent() ? report.external().size() : 0, List.copyOf(problems));
    }
}
