/**
 * Reading the YAML of course files: maps that know their file and line, and the problems found in
 * them, said in the author's language.
 */
package id.saring.catalog.yaml;
