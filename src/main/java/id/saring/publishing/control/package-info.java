/** Plain rules of publishing, no container: pictures made fit for students' phones. */
package id.saring.publishing.control;
