/** Matching: pair each item on the left with one on the right. */
package id.saring.catalog.question.matching;
