/** Administrators' pages. */
package id.saring.view.admin;
