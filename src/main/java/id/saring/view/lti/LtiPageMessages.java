package id.saring.view.lti;

import id.saring.infrastructure.i18n.MessageKeys;

/** What the deep-linking picker and its answer, and an embedded launch's new-window button, say. */
@MessageKeys
public final class LtiPageMessages {

    public static final String PICK_TITLE = "lti.pick.title";
    public static final String PICK_INTRO = "lti.pick.intro";
    public static final String PICK_NONE = "lti.pick.none";
    public static final String PICK_SEND = "lti.pick.send";
    public static final String ANSWER_TITLE = "lti.answer.title";
    public static final String ANSWER_TEXT = "lti.answer.text";
    public static final String ANSWER_SEND = "lti.answer.send";
    public static final String WINDOW_TITLE = "lti.window.title";
    public static final String WINDOW_TEXT = "lti.window.text";
    public static final String WINDOW_OPEN = "lti.window.open";

    private LtiPageMessages() {}
}
