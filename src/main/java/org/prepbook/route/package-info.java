/**
 * Owns the handbook's URL scheme: the generated sections (id, path, navigation label key) and the
 * URL of every kind of item. Pages, search, navigation, {@code check} and the reserved page slugs
 * all ask {@link org.prepbook.route.Routes}; the package depends on nothing else in prepbook.
 */
package org.prepbook.route;
