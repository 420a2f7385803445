/** Plain logic of course files: the reader, the checks, Markdown rendering and the command-line checker. */
package id.saring.publishing.control;
