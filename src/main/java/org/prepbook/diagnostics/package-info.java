/**
 * What every stage reports about the user's files: a located {@link org.prepbook.diagnostics.Problem},
 * the {@link org.prepbook.diagnostics.Problems} of one step, the exception that carries them,
 * "did you mean" suggestions, the quoted source line, and the one-line message of a disk that fails. The bottom of the package graph: it depends on nothing else here.
 */
package org.prepbook.diagnostics;
