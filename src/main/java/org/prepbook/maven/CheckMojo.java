package org.prepbook.maven;

import java.time.Duration;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.prepbook.check.Check;
import org.prepbook.check.ExternalLinks;
import org.prepbook.diagnostics.ContentException;

/** {@code prepbook:check}: builds in memory and checks the pages, as {@code prepbook check} does. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends HandbookMojo {

    /** Also checks links to other sites; off by default, since CI machines may have no network. */
    @Parameter(property = "prepbook.external", defaultValue = "false")
    private boolean external;

    /** Seconds to wait for each external link. */
    @Parameter(property = "prepbook.timeout", defaultValue = "10")
    private int timeout;

    /** External links checked at once. */
    @Parameter(property = "prepbook.concurrency", defaultValue = "8")
    private int concurrency;

    @Override
    protected void run() throws MojoFailureException {
        Optional<ExternalLinks> links = external
                ? Optional.of(new ExternalLinks(Duration.ofSeconds(Math.max(1, timeout)), Math.max(1, concurrency)))
                : Optional.empty();
        Check.Outcome outcome;
        try {
            outcome = Check.run(options(), links);
        } catch (ContentException e) {
            throw failure(e.problems());
        }
        untranslated(outcome.untranslated());
        if (!outcome.problems().isEmpty()) {
            throw failure(outcome.problems());
        }
        getLog().info("Checked " + outcome.pages() + " pages: no problems");
    }
}
