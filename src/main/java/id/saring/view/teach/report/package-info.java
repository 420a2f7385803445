/** The sections of a class's report (teach/report.xhtml): one bean per section, each reading its figures once. */
package id.saring.view.teach.report;
