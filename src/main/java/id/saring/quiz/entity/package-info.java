/** Attempts at quizzes and the answers given in them. */
package id.saring.quiz.entity;
