/** Turns quizzes written in Moodle's GIFT text format into Saring quiz files, reporting what cannot come along. */
package id.saring.publishing.gift;
