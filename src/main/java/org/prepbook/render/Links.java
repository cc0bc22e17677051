package org.prepbook.render;

/**
 * Templates and content link to pages by root-absolute paths ({@code /stages/phone-screen/}); the
 * last step of rendering a page rewrites them relative to that page, so the site works unchanged
 * from any sub-path and from any static server. A plain scan, not an HTML parse: it runs on every
 * page, and attribute values are the only place where {@code ="/} can appear unescaped.
 */
public final class Links {
    /** The attributes whose root-absolute values are rewritten, each written {@code name="/…"}. */
    private static final String[] NAMES = {"href", "src", "action"};
    private static final String VALUE = "=\"/";

    private Links() {
    }

    /** The prefix that leads from the page at {@code url} back to the site's root: {@code ../../} for {@code /a/b/}. */
    public static String rootPrefix(String url) {
        int depth = 0;
        for (int i = 1; i < url.length(); i++) {
            if (url.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * Rewrites every root-absolute link in {@code html} to start with {@code prefix} instead of
     * {@code /}. An absolute prefix (a 404 page's {@code /handbook/es/}) takes the link's leading
     * {@code ../} itself: {@code /../ar/} becomes {@code /handbook/ar/}.
     */
    public static String rewrite(String html, String prefix) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        int i = 0;
        // One scan for ="/, the rarer part of every pattern, then a look back for the attribute's
        // name: a scan per attribute name read every page three times (4 % of a build under C1).
        for (int eq = html.indexOf(VALUE); eq >= 0; eq = html.indexOf(VALUE, Math.max(eq + VALUE.length(), i))) {
            if (!named(html, eq)) {
                continue;
            }
            int slash = eq + VALUE.length() - 1;
            out.append(html, i, slash);
            char following = slash + 1 < html.length() ? html.charAt(slash + 1) : '"';
            if (following == '/') {
                out.append('/'); // protocol-relative: //host/path stays as it is
            } else {
                boolean bare = following == '"' || following == '#' || following == '?';
                // A link that climbs out of the folder the prefix names (/../ leads from a language's
                // folder to the site's root) climbs out of the prefix itself, when that is a path.
                String base = prefix;
                int from = slash + 1;
                while (base.startsWith("/") && base.length() > 1 && html.startsWith("../", from)) {
                    base = base.substring(0, base.lastIndexOf('/', base.length() - 2) + 1);
                    from += 3;
                }
                out.append(base.isEmpty() && bare ? "./" : base);
                slash = from - 1;
            }
            i = slash + 1;
        }
        out.append(html, i, html.length());
        return out.toString();
    }

    /** Whether the {@code ="/} at {@code eq} ends one of {@link #NAMES}' attributes. */
    private static boolean named(String html, int eq) {
        for (String name : NAMES) {
            if (html.startsWith(name, eq - name.length())) {
                return true;
            }
        }
        return false;
    }
}
