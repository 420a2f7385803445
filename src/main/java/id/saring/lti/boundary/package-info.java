/** What pages, servlets and the LMS call: platforms, launches, deep links, the score queue. */
package id.saring.lti.boundary;
