package org.prepbook.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each link of a built page leads, as a browser would resolve it against the site's base
 * URL. The same few dozen addresses appear on every page (the layout's navigation, the theme's
 * assets), and a relative link with k leading {@code ../} leads to the same place from every page
 * k folders below the same ancestor; so each distinct (ancestor, rest) is resolved once per build.
 * Thread-safe: pages are checked in parallel.
 */
final class LinkTargets {
    /** What kind of place a link leads to. */
    enum Kind { NOT_CHECKED, MALFORMED, OTHER_SITE, OUTSIDE_BASE, IN_SITE }

    /**
     * @param uri      the resolved address (for other sites, without its fragment); null for a link to a
     *                 fragment of its own page, which needs none
     * @param sitePath for {@link Kind#IN_SITE}, the root-absolute path inside the site, e.g. {@code /asks/}
     * @param shown    how the target is named in a message: the site path and fragment, or the whole address
     */
    record Target(Kind kind, URI uri, String sitePath, String shown, String fragment) {
    }

    private final URI base;
    private final Map<String, Target> resolved = new ConcurrentHashMap<>();

    LinkTargets(URI base) {
        this.base = base;
    }

    /** @param pageUrl the page's own site path, e.g. {@code /stages/phone-screen/} */
    Target of(String pageUrl, String raw) {
        if (raw.isEmpty() || raw.startsWith("mailto:") || raw.startsWith("tel:") || raw.startsWith("data:")
                || raw.startsWith("javascript:")) {
            return new Target(Kind.NOT_CHECKED, null, null, raw, null);
        }
        String dir = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        // Neither the page's folder nor its file matters for an absolute address, and only the
        // ancestor reached matters for leading ../ (removing dot segments goes left to right).
        if (raw.startsWith("/") || raw.indexOf(':') > 0 && raw.indexOf(':') < firstOf(raw, "/?#")) {
            return resolved.computeIfAbsent("\0" + raw, k -> resolve(pageUrl, raw));
        }
        int up = 0;
        int depth = -1;
        for (int i = 0; i < dir.length(); i++) {
            depth += dir.charAt(i) == '/' ? 1 : 0;
        }
        while (raw.startsWith("../", up * 3) && up < depth) {
            up++;
        }
        String rest = raw.substring(up * 3);
        if (up == 0 && raw.startsWith("#")) {
            // The page itself: a fragment is resolved, or found malformed, the same on every page.
            Target atRoot = resolved.computeIfAbsent("#\0" + raw, k -> resolve("/", raw));
            return atRoot.kind() != Kind.IN_SITE ? atRoot
                    : new Target(Kind.IN_SITE, null, pageUrl, pageUrl + atRoot.shown().substring(1), atRoot.fragment());
        }
        if (rest.isEmpty() || rest.startsWith("#") || rest.startsWith("?") || rest.startsWith("../") || rest.startsWith("./")) {
            return resolve(pageUrl, raw);
        }
        String ancestor = dir;
        for (int i = 0; i < up; i++) {
            ancestor = ancestor.substring(0, ancestor.lastIndexOf('/', ancestor.length() - 2) + 1);
        }
        String from = ancestor;
        return resolved.computeIfAbsent(ancestor + "\0" + rest, k -> resolve(from, rest));
    }

    private Target resolve(String pageUrl, String raw) {
        URI target;
        try {
            target = base.resolve(new URI(null, null, pageUrl.substring(1), null)).resolve(new URI(raw));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Target(Kind.MALFORMED, null, null, raw, null);
        }
        if (target.getScheme() == null || !target.getScheme().startsWith("http")) {
            return new Target(Kind.NOT_CHECKED, target, null, raw, null);
        }
        boolean sameHost = target.getHost() != null && target.getHost().equalsIgnoreCase(base.getHost())
                && target.getPort() == base.getPort();
        if (!sameHost) {
            return new Target(Kind.OTHER_SITE, withoutFragment(target), null, target.toString(), null);
        }
        String path = target.getPath() == null ? "/" : target.getPath();
        if (!path.startsWith(base.getPath())) {
            return new Target(Kind.OUTSIDE_BASE, target, null, target.toString(), null);
        }
        String sitePath = "/" + path.substring(base.getPath().length());
        String fragment = target.getFragment();
        return new Target(Kind.IN_SITE, target, sitePath, sitePath + (fragment == null ? "" : "#" + fragment), fragment);
    }

    private static int firstOf(String raw, String chars) {
        int first = raw.length();
        for (char c : chars.toCharArray()) {
            int at = raw.indexOf(c);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }
}
