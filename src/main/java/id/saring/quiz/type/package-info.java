/** The question types; each lives in its own package with its definition, reading and grading. */
package id.saring.quiz.type;
