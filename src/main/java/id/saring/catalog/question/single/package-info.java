/** Single choice: exactly one right answer among several. */
package id.saring.catalog.question.single;
