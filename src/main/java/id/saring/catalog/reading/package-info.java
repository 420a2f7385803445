/** Reading course files into the course model: the reader, the checks, Markdown rendering and the command-line checker. */
package id.saring.catalog.reading;
