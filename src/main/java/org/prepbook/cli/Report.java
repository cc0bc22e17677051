package org.prepbook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.prepbook.content.MissingTranslations;
import org.prepbook.diagnostics.Problem;

/** Prints problems the way compilers do, so editors and CI annotate the right line. */
final class Report {
    /** The count's ending when the built pages' problems stopped a build. */
    static final String REFUSED = "in the built pages; nothing was written\n"
            + "    hint: fix what is listed above, or set 'broken_links: warn' under 'options:' in site.yaml to build with warnings";
    /** The count's ending when the site asked for warnings only. */
    static final String WARNED = "in the built pages; built anyway, as site.yaml says 'broken_links: warn'";

    private Report() {
    }

    /**
     * Prints the items some language of the handbook lacks, as problems are printed, and their count;
     * they are warnings, never a failure (docs/languages.md).
     */
    static void untranslated(PrintWriter err, List<Problem> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        for (Problem p : warnings) {
            err.println(p.format());
        }
        err.println(MissingTranslations.summary(warnings.size()));
    }

    /** Prints every problem and a count; returns the exit status for content errors. */
    static int problems(PrintWriter err, List<Problem> problems) {
        return problems(err, problems, "; nothing was written");
    }

    /** The same, with the count's ending: what was or was not done, or where the problems are. */
    static int problems(PrintWriter err, List<Problem> problems, String ending) {
        for (Problem p : problems) {
            err.println(p.format());
        }
        err.printf("%d %s found%s%n", problems.size(), problems.size() == 1 ? "problem" : "problems",
                ending.startsWith(";") ? ending : " " + ending);
        return 1;
    }
}
