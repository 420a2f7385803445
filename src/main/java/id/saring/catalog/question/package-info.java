/**
 * What a question is: the plug-in contract every question type implements ({@link
 * id.saring.catalog.question.QuestionType}) and one package per type with its definition, its reading
 * of a course file, its grading, its words for reports and its printing on paper.
 */
package id.saring.catalog.question;
