/**
 * The Maven plugin's goals, which run the same pipelines as the command line and fail the build with
 * the same located problems.
 */
package org.prepbook.maven;
