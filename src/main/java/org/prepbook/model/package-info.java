/**
 * The handbook as typed, validated records ({@link org.prepbook.model.Handbook} and its items), plus
 * the email variables and their {@code {{…}}} syntax that content, site and packet share. Depends on
 * nothing else in prepbook, so every stage may read it.
 */
package org.prepbook.model;
