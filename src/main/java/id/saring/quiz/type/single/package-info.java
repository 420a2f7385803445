/** Single choice: exactly one right answer among several. */
package id.saring.quiz.type.single;
