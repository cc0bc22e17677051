package org.prepbook.render.view;

import java.util.List;

/** The layout around every page: head, header, navigation, breadcrumbs, footer. {@code content} is HTML. */
public record Frame(String lang, String pageTitle, String siteTitle, String description, String canonical, String organisation, List<Link> nav, List<Link> breadcrumbs, List<Link> footer, String content) {
}
