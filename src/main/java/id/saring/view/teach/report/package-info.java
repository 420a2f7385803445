/**
 * The sections of a class's report (teach/report.xhtml): one request-scoped bean per section, each
 * reading its figures once per request, so that no grid of a report stays in a teacher's session
 * (the page's own view-scoped bean keeps only the class, the course and the access check).
 */
package id.saring.view.teach.report;
