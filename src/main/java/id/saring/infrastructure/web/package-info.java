/** Servlet filters that apply to every response, and the small JSON replies scripts read. */
package id.saring.infrastructure.web;
