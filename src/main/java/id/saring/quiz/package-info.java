/** Quizzes as students take them: attempts, answers, saving and grading them with the question types. */
package id.saring.quiz;
