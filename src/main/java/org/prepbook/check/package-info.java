/**
 * {@code prepbook check}: the built site read back (links, anchors, images, alt text, ids, titles),
 * each finding traced to the content file and line that made it; optionally external links.
 */
package org.prepbook.check;
