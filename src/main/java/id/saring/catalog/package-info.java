/** What students learn from: courses, their modules, lessons and quizzes, and published versions. */
package id.saring.catalog;
