/** Backing beans for the pages; their packages mirror the page folders. */
package id.saring.view;
