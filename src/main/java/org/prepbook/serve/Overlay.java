package org.prepbook.serve;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.prepbook.diagnostics.Problem;

/**
 * What {@code serve} adds to the HTML it serves, and only there (never to {@code build} output): the
 * script that reloads the tab when a build finishes, and, while there are problems, a panel at the
 * top of the page naming each one's file, line and message, as the terminal does.
 *
 * <p>The panel is the first thing in the body, so it is the first stop of the Tab key; its list is
 * focusable (it scrolls), its button folds it away (so does Escape) and brings it back. It covers
 * only the top of the page: the page under it is the one the editor is working on. Its words are
 * prepbook's, in English, so it says {@code lang} and {@code dir} itself whatever the site's language.
 */
final class Overlay {
    static final String EVENTS = "__prepbook/events";
    static final String ID = "prepbook-error-overlay";

    /** Why the problems are shown, which decides what the panel says about the page under it. */
    enum State {
        /** The content does not build: the page is the last version that did. */
        BROKEN,
        /** The pages are new, and {@code build} would refuse them. */
        FAILS_BUILD,
        /** The pages are new, and {@code build} would write them with warnings ({@code broken_links: warn}). */
        WARNS
    }

    private static final String STYLE = "<style>"
            + "#" + ID + "{position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:60vh;display:flex;"
            + "flex-direction:column;background:#18181b;color:#fafafa;border-bottom:4px solid #f87171;"
            + "font:15px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.4)}"
            + "#" + ID + " .pb-head{display:flex;gap:1rem;align-items:center;padding:.75rem 1rem}"
            + "#" + ID + " .pb-title{margin:0;font-size:1.1rem;font-weight:700;color:#fecaca;flex:1}"
            + "#" + ID + " button{font:inherit;color:#18181b;background:#fafafa;border:0;border-radius:4px;"
            + "padding:.3rem .8rem;cursor:pointer}"
            + "#" + ID + " :focus-visible{outline:3px solid #93c5fd;outline-offset:2px}"
            + "#" + ID + " .pb-body{overflow:auto;padding:0 1rem 1rem}"
            + "#" + ID + " .pb-note{margin:0 0 .75rem}"
            + "#" + ID + " ol{margin:0;padding:0;list-style:none}"
            + "#" + ID + " li{margin:0 0 .75rem}"
            + "#" + ID + " pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;"
            + "font:14px/1.45 ui-monospace,monospace;color:#fafafa}"
            + "#" + ID + "[data-folded] .pb-body{display:none}"
            + "</style>";

    private Overlay() {
    }

    /**
     * @param build the number of the build this page comes from: a tab that connects after a later
     *              build finished (its reload event missed) reloads at once
     */
    static String inject(String html, String basePath, List<Problem> problems, State state, long build) {
        StringBuilder end = new StringBuilder();
        end.append("<script>(function () {\n")
                .append("  var events = new EventSource(\"").append(basePath).append(EVENTS).append("\");\n")
                .append("  events.addEventListener(\"hello\", function (e) {\n")
                .append("    document.documentElement.setAttribute(\"data-prepbook-live\", e.data);\n")
                .append("    if (Number(e.data) !== ").append(build).append(") { location.reload(); }\n")
                .append("  });\n")
                .append("  events.addEventListener(\"reload\", function () { location.reload(); });\n");
        if (!problems.isEmpty()) {
            end.append(FOLDING);
        }
        end.append("})();</script>\n");
        String withScript = insertBefore(html, "</body>", end.toString());
        return problems.isEmpty() ? withScript
                : afterBodyTag(insertBefore(withScript, "</head>", STYLE), panel(problems, state));
    }

    // The panel remembers across reloads whether the editor folded it, so a save does not unfold it again.
    private static final String FOLDING = ""
            + "  var panel = document.getElementById(\"" + ID + "\");\n"
            + "  var button = panel.querySelector(\"button\");\n"
            + "  function fold(folded) {\n"
            + "    if (folded) { panel.setAttribute(\"data-folded\", \"\"); } else { panel.removeAttribute(\"data-folded\"); }\n"
            + "    button.setAttribute(\"aria-expanded\", String(!folded));\n"
            + "    button.textContent = folded ? \"Show\" : \"Hide\";\n"
            + "    try { sessionStorage.setItem(\"prepbook-folded\", folded ? \"1\" : \"\"); } catch (e) { }\n"
            + "  }\n"
            + "  try { fold(sessionStorage.getItem(\"prepbook-folded\") === \"1\"); } catch (e) { }\n"
            + "  button.addEventListener(\"click\", function () { fold(!panel.hasAttribute(\"data-folded\")); });\n"
            + "  panel.addEventListener(\"keydown\", function (e) {\n"
            + "    if (e.key === \"Escape\") { fold(true); button.focus(); }\n"
            + "  });\n";

    /** A page to show when no build has succeeded yet. */
    static String emptyPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>prepbook serve</title></head>\n"
                + "<body><main><p>No version of the handbook has built yet.</p></main></body>\n</html>\n";
    }

    /** What the panel's heading says, the same words the terminal prints after the problems. */
    static String headline(List<Problem> problems, State state) {
        String count = problems.size() + (problems.size() == 1 ? " problem" : " problems");
        return switch (state) {
            case BROKEN -> "The handbook does not build: " + count;
            case FAILS_BUILD -> count + " in the built pages: 'prepbook build' would stop on "
                    + (problems.size() == 1 ? "it" : "them");
            case WARNS -> count + " in the built pages ('broken_links: warn': 'prepbook build' would only warn)";
        };
    }

    private static String panel(List<Problem> problems, State state) {
        StringBuilder list = new StringBuilder();
        for (Problem p : problems) {
            list.append("<li><pre>").append(Entities.escape(p.format())).append("</pre></li>");
        }
        String note = state == State.BROKEN
                ? "Underneath is the last version that built. Fix the file and save: this panel goes away by itself."
                : "The page underneath is up to date. Fix each file at the line named and save: this panel goes away"
                        + " by itself.";
        return "<section id=\"" + ID + "\" lang=\"en\" dir=\"ltr\" aria-labelledby=\"" + ID + "-title\">"
                + "<div class=\"pb-head\"><p class=\"pb-title\" id=\"" + ID + "-title\" role=\"alert\">"
                + Entities.escape(headline(problems, state)) + "</p>"
                + "<button type=\"button\" aria-expanded=\"true\" aria-controls=\"" + ID + "-list\">Hide</button></div>"
                + "<div class=\"pb-body\" id=\"" + ID + "-list\" tabindex=\"0\" role=\"region\" aria-label=\"Problems\">"
                + "<p class=\"pb-note\">" + note + "</p><ol>" + list + "</ol></div></section>\n";
    }

    private static String insertBefore(String html, String tag, String add) {
        int at = tag.equals("</head>") ? html.indexOf(tag) : html.lastIndexOf(tag);
        return at < 0 ? html + add : html.substring(0, at) + add + html.substring(at);
    }

    // Right after <body …>, so the panel comes first in the Tab order, before the page's skip link.
    private static String afterBodyTag(String html, String add) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? add + html : html.substring(0, end + 1) + add + html.substring(end + 1);
    }
}
