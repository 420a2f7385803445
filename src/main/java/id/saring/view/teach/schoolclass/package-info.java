/** The panels of a class's page (teach/class.xhtml): assignments, lesson plans, roster import, members, moves and guardian consent. */
package id.saring.view.teach.schoolclass;
