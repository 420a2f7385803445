/** True or false: one statement, with feedback for each of the two answers. */
package id.saring.catalog.question.truefalse;
