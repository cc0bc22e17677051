/**
 * Strict YAML reading on Jackson: a tree of {@link org.prepbook.yaml.YamlNode}s that remember their
 * line and column, with YAML's own mistakes reported as problems in an editor's words, and what YAML
 * allows but prepbook refuses (tags, aliases, a second document) reported where it is written.
 */
package org.prepbook.yaml;
