/** Students' pages: the courses open to them and the lessons they read. */
package id.saring.view.learn;
