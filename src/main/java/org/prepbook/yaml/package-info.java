/**
 * Strict YAML reading on Jackson: a tree of {@link org.prepbook.yaml.YamlNode}s that remember their
 * line and column, with YAML's own mistakes reported as problems.
 */
package org.prepbook.yaml;
