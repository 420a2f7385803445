/** The published courses as pages read them, and the record of their versions. */
package id.saring.catalog.boundary;
