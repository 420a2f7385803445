package id.saring.view.admin;

import id.saring.infrastructure.i18n.MessageKeys;

/** What the question editor (admin/question.xhtml) says in Java. */
@MessageKeys
public final class QuestionEditorMessages {

    public static final String ADMIN_QUESTION_UNREADABLE = "admin.question.unreadable";
    public static final String ADMIN_QUESTION_READY = "admin.question.ready";
    public static final String ADMIN_QUESTION_ID_REQUIRED = "admin.question.idRequired";
    public static final String ADMIN_QUESTION_PROBLEMS = "admin.question.problems";

    private QuestionEditorMessages() {}
}
