/**
 * Owns drawing the handbook: planning its pages and their flat views ({@code Pages}), the theme and
 * its overrides ({@code Theme}) with the theme's UI text ({@code Messages}, read from
 * {@code messages/*.yaml}), strict Mustache rendering, and writing pages, assets, sitemap and 404.
 * URLs come from {@link org.prepbook.route.Routes}; no English text is spelled out here.
 */
package org.prepbook.render;
