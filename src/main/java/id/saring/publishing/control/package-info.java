/** Plain rules of publishing, no container: pictures made fit for students' phones, and the files and names of a teacher's new course. */
package id.saring.publishing.control;
