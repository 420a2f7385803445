/** Recording consent (teachers of the student's classes), exporting and erasing a student's data. */
package id.saring.privacy.boundary;
