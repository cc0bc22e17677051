package org.prepbook.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.prepbook.Build;

/** {@code prepbook:build}: the handbook from the content folder into the output folder, as {@code prepbook build} does. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends HandbookMojo {

    @Override
    protected void run() throws MojoFailureException {
        Build.Result result = build();
        getLog().info("Built " + result.pages() + " pages into " + shown(out.toPath()));
    }
}
