/** Servlet filters that apply to every response. */
package id.saring.infrastructure.web;
