/**
 * Find the manipulation in a picture: the student ticks the regions of a picture (a forged letter,
 * a chart, a screenshot) that were manipulated, among decoys; each region explains itself after.
 */
package id.saring.catalog.question.findinpicture;
