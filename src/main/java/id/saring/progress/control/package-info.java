/** Plain rules: when a module and a course are complete, where to continue, mastery by tag. */
package id.saring.progress.control;
