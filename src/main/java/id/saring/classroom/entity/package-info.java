/** Classes and their members. */
package id.saring.classroom.entity;
