/**
 * Where a build writes: the {@link org.prepbook.output.Output} interface on disk or in memory, and the
 * {@link org.prepbook.output.OutputFolder} that swaps a finished build in and never deletes what it did not make.
 */
package org.prepbook.output;
