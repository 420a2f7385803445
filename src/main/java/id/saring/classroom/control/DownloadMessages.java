package id.saring.classroom.control;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words on what teachers download: grade sheets, login cards, worksheets and their keys. */
@MessageKeys
public final class DownloadMessages {

    public static final String ADMIN_USERS_DISPLAY_NAME = "admin.users.displayName";
    public static final String ADMIN_USERS_USERNAME = "admin.users.username";
    public static final String CARDS_PDF_ADDRESS = "cards.pdf.address";
    public static final String CARDS_PDF_PASSWORD = "cards.pdf.password";
    public static final String CARDS_PDF_PASSWORD_UNCHANGED = "cards.pdf.passwordUnchanged";
    public static final String CARDS_PDF_SCAN = "cards.pdf.scan";
    public static final String CARDS_PDF_TITLE = "cards.pdf.title";
    public static final String CARDS_PDF_USERNAME = "cards.pdf.username";
    public static final String EXPORT_PROGRESS = "export.progress";
    public static final String EXPORT_SCORE = "export.score";
    public static final String EXPORT_STATE = "export.state";
    public static final String EXPORT_YES = "export.yes";
    public static final String REPORT_BEHIND = "report.behind";
    public static final String REPORT_LATE = "report.late";
    public static final String REPORT_STUCK = "report.stuck";
    public static final String WORKSHEET_CLASS = "worksheet.class";
    public static final String WORKSHEET_DATE = "worksheet.date";
    public static final String WORKSHEET_INTRO = "worksheet.intro";
    public static final String WORKSHEET_KEY_ANSWER = "worksheet.key.answer";
    public static final String WORKSHEET_KEY_EXPLANATION = "worksheet.key.explanation";
    public static final String WORKSHEET_KEY_FOR_TEACHER = "worksheet.key.forTeacher";
    public static final String WORKSHEET_KEY_TITLE = "worksheet.key.title";
    public static final String WORKSHEET_NAME = "worksheet.name";
    public static final String WORKSHEET_PAGE = "worksheet.page";
    public static final String WORKSHEET_PDF_TITLE = "worksheet.pdf.title";
    public static final String WORKSHEET_TECHNIQUES = "worksheet.techniques";
    public static final String REPORT_STATE_NOT_STARTED = "report.state.NOT_STARTED";
    public static final String REPORT_STATE_IN_PROGRESS = "report.state.IN_PROGRESS";
    public static final String REPORT_STATE_DONE = "report.state.DONE";

    private DownloadMessages() {}

    public static String reportState(ProgressGrid.State state) {
        return switch (state) {
            case NOT_STARTED -> REPORT_STATE_NOT_STARTED;
            case IN_PROGRESS -> REPORT_STATE_IN_PROGRESS;
            case DONE -> REPORT_STATE_DONE;
        };
    }
}
