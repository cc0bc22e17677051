/**
 * prepbook turns a career center's interview know-how (YAML and Markdown) into a static handbook and
 * personalised prep packets. {@link org.prepbook.Build} spells out the site pipeline step by step;
 * docs/architecture.md maps the packages.
 */
package org.prepbook;
