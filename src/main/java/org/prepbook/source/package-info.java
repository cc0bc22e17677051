/**
 * The folders prepbook reads from, and the rule that nothing read through them leaves them
 * (symbolic links included); see docs/security.md.
 */
package org.prepbook.source;
