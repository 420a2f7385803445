/** The stored facts progress is computed from, and issued certificates. */
package id.saring.progress.entity;
