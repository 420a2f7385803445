/** Taking quizzes: starting, answering, checking, submitting and reviewing attempts. */
package id.saring.quiz.boundary;
