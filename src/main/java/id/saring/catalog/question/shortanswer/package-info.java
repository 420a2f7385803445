/** Short answer: a typed word or phrase, compared ignoring case, spaces and accents. */
package id.saring.catalog.question.shortanswer;
