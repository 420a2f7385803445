/** Tests of reading course files' YAML. */
package id.saring.catalog.yaml;
