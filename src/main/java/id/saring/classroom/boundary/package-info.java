/** What teachers' and students' pages ask of classes; every call checks who owns what. */
package id.saring.classroom.boundary;
