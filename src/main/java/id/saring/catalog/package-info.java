/**
 * What students learn from: the course model, its question types, reading and checking course
 * files, and the published versions. Knows nothing of learners, classes or attempts.
 */
package id.saring.catalog;
