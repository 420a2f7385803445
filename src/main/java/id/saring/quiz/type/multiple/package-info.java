/** Multiple response ("select all that apply"), with partial credit. */
package id.saring.quiz.type.multiple;
