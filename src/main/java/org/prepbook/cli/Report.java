package org.prepbook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.prepbook.diagnostics.Problem;

/** Prints problems the way compilers do, so editors and CI annotate the right line. */
final class Report {
    private Report() {
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
