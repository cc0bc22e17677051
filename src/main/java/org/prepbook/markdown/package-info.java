/**
 * Markdown, parsed once per fragment by flexmark and walked once into a {@link org.prepbook.markdown.Fragment}:
 * the HTML pages show (written by the walk for ordinary prose, by flexmark's renderer for the rest), the
 * plain text search indexes and the links the check traces back to their line and column. Also the
 * cache of rendered fragments that {@code serve} keeps between builds.
 */
package org.prepbook.markdown;
