/**
 * The command line: one small picocli command per verb, all user mistakes printed as problems,
 * and the launcher that runs long builds in a JVM tuned for batch work.
 */
package org.prepbook.cli;
