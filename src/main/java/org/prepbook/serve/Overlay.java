package org.prepbook.serve;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.prepbook.diagnostics.Problem;

/**
 * What {@code serve} adds to the HTML it serves, and only there (never to {@code build} output): the
 * script that reloads the tab when a build finishes, and, while the content is broken, a panel over
 * the page naming each problem's file, line and message.
 */
final class Overlay {
    static final String EVENTS = "__prepbook/events";
    static final String ID = "prepbook-error-overlay";

    private Overlay() {
    }

    /**
     * @param build the number of the build this page comes from: a tab that connects after a later
     *              build finished (its reload event missed) reloads at once
     */
    static String inject(String html, String basePath, List<Problem> problems, long build) {
        StringBuilder add = new StringBuilder();
        if (!problems.isEmpty()) {
            add.append(panel(problems));
        }
        add.append("<script>(function () {\n")
                .append("  var events = new EventSource(\"").append(basePath).append(EVENTS).append("\");\n")
                .append("  events.addEventListener(\"hello\", function (e) {\n")
                .append("    document.documentElement.setAttribute(\"data-prepbook-live\", e.data);\n")
                .append("    if (Number(e.data) !== ").append(build).append(") { location.reload(); }\n")
                .append("  });\n")
                .append("  events.addEventListener(\"reload\", function () { location.reload(); });\n")
                .append("})();</script>\n");
        int at = html.lastIndexOf("</body>");
        return at < 0 ? html + add : html.substring(0, at) + add + html.substring(at);
    }

    /** A page to show when no build has succeeded yet. */
    static String emptyPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>prepbook serve</title></head>\n"
                + "<body><main><p>No version of the handbook has built yet.</p></main></body>\n</html>\n";
    }

    private static String panel(List<Problem> problems) {
        StringBuilder list = new StringBuilder();
        for (Problem p : problems) {
            list.append(Entities.escape(p.format())).append('\n');
        }
        return "<div id=\"" + ID + "\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;"
                + "background:rgba(24,24,27,.94);color:#fafafa;padding:2rem;font:15px/1.5 system-ui,sans-serif\">"
                + "<p style=\"margin:0 0 .5rem;font-size:1.3rem;font-weight:700;color:#fca5a5\">The handbook does not build: "
                + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "</p>"
                + "<p style=\"margin:0 0 1rem\">Underneath is the last version that built. Fix the file and save: this panel"
                + " goes away by itself.</p>"
                + "<pre style=\"white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;margin:0\">" + list + "</pre></div>\n";
    }
}
