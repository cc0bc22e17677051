/**
 * Markdown, parsed once per fragment by flexmark into a {@link org.prepbook.markdown.Fragment}: the
 * HTML pages show, the plain text search indexes and the links the check traces back to their line
 * and column. Also the cache of rendered fragments that {@code serve} keeps between builds.
 */
package org.prepbook.markdown;
