/** Writing everything held about one student as a JSON document and a CSV of attempts. */
package id.saring.privacy.control;
