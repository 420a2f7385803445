/** Bringing courses in: uploads, the courses folder kept in sync, GIFT conversion, and publishing new versions. */
package id.saring.publishing;
