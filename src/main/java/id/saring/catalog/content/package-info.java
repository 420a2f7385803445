/** Immutable records of a course's content as its author wrote it, read from course files. */
package id.saring.catalog.content;
