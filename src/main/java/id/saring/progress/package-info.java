/** How far students are: lessons read, modules and courses completed, mastery, certificates. */
package id.saring.progress;
