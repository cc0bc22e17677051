/**
 * Loading and validating a content folder into the {@link org.prepbook.model.Handbook}: reading the
 * files, splitting front matter, binding fields strictly and checking every reference between items.
 */
package org.prepbook.content;
