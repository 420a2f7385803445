/** Quizzes: question types, attempts, answers and grading. */
package id.saring.quiz;
