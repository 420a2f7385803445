/**
 * Plain rules of classes: reading a roster, usernames and passwords, login cards, printable
 * worksheets, and the arithmetic of teachers' reports (grid, question analysis, mastery,
 * discernment) and their exports.
 */
package id.saring.classroom.control;
