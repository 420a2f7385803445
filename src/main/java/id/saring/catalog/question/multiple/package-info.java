/** Multiple response ("select all that apply"), with partial credit. */
package id.saring.catalog.question.multiple;
