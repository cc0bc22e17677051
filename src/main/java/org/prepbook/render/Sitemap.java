package org.prepbook.render;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;
import org.prepbook.output.Output;
import org.prepbook.render.view.Alternate;

/**
 * {@code sitemap.xml}, at the site's root: every page of every language, in URL order within each
 * language, the site's own language first. A page that other languages have lists each of them,
 * itself included, as Google reads translations from a sitemap ({@code xhtml:link} alternates, the
 * same set as the page's head).
 */
public final class Sitemap {
    private Sitemap() {
    }

    public static void write(Translations translations, Output out) {
        out.write("sitemap.xml", xml(translations).getBytes(StandardCharsets.UTF_8));
    }

    static String xml(Translations translations) {
        boolean several = translations.editions().size() > 1;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + (several ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "") + ">\n");
        for (Translations.Edition edition : translations.editions()) {
            edition.jobs().stream().map(PageJob::url).sorted().forEach(url -> {
                xml.append("  <url><loc>").append(Entities.escape(edition.site().baseUrl() + url.substring(1))).append("</loc>");
                for (Alternate a : translations.alternates(url)) {
                    xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(a.hreflang()).append("\" href=\"")
                            .append(Entities.escape(a.href())).append("\"/>");
                }
                xml.append("</url>\n");
            });
        }
        return xml.append("</urlset>\n").toString();
    }
}
