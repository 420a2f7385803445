/** Ordering: put steps in the right order, e.g. the steps of checking a claim. */
package id.saring.catalog.question.ordering;
