/**
 * {@code prepbook serve}: the site from memory with live reload, rebuilt through
 * {@link org.prepbook.Build#render} with a {@link org.prepbook.BuildMemo}; answers only its own host names.
 */
package org.prepbook.serve;
