package org.prepbook.serve;

import java.util.List;
import org.prepbook.Build;
import org.prepbook.BuildMemo;
import org.prepbook.diagnostics.Problem;
import org.prepbook.model.SiteConfig;
import org.prepbook.output.MemoryOutput;

/**
 * The build {@code serve} repeats after every change: {@link Build#render} itself, with a
 * {@link BuildMemo} that keeps what the previous build made (see there for what is reused).
 * Not thread-safe: the watcher calls it from one thread.
 */
final class LiveBuild {
    private final Build.Options options;
    private final BuildMemo memo = BuildMemo.keeping();

    /** What one build did, for the log and the benchmark; {@code untranslated}: the items some language lacks. */
    record Outcome(MemoryOutput site, String basePath, int pages, int pagesDrawn, int markdownRendered,
                   List<Problem> checks, boolean checksFailBuild, List<Problem> untranslated) {
    }

    LiveBuild(Build.Options options) {
        this.options = options;
    }

    /** Forgets the compiled theme, after a template or asset changed. */
    void themeChanged() {
        memo.themeChanged();
    }

    /** @throws org.prepbook.diagnostics.ContentException on broken content or templates */
    Outcome build() {
        MemoryOutput site = new MemoryOutput();
        Build.Result result = Build.render(options, site, memo);
        return new Outcome(site, result.handbook().site().basePath(), result.pages(), memo.pagesDrawn(),
                memo.markdownRendered(), result.checks().problems(),
                result.handbook().site().brokenLinks() == SiteConfig.BrokenLinks.FAIL, result.untranslated());
    }
}
