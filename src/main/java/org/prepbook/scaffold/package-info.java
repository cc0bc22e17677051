/**
 * {@code prepbook new}: a content repository that builds at once, from the sample content and the
 * default theme bundled in the jar.
 */
package org.prepbook.scaffold;
