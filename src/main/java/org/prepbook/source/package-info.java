/**
 * The folders prepbook reads from, and the rule that nothing read through them leaves them
 * (symbolic links included), and the text of a file read from them; see docs/security.md.
 */
package org.prepbook.source;
