/** Publishing courses: from the courses folder at start and on request, and from uploaded zips. */
package id.saring.publishing.boundary;
