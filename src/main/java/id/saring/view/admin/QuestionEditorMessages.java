package id.saring.view.admin;

import id.saring.infrastructure.i18n.MessageKeys;

/** What the question editor (admin/question.xhtml) says in Java. */
@MessageKeys
public final class QuestionEditorMessages {

    public static final String ADMIN_QUESTION_UNREADABLE = "admin.question.unreadable";
    public static final String ADMIN_QUESTION_READY = "admin.question.ready";
    public static final String ADMIN_QUESTION_ID_REQUIRED = "admin.question.idRequired";
    public static final String ADMIN_QUESTION_PROBLEMS = "admin.question.problems";

    /** A technique the tag list lacks, offered as written: {0} is the technique. */
    public static final String ADMIN_QUESTION_UNKNOWN_TECHNIQUE = "admin.question.unknownTechnique";

    private QuestionEditorMessages() {}
}
