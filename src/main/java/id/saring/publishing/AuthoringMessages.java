package id.saring.publishing;

import id.saring.infrastructure.i18n.MessageKeys;

/** Why a teacher's new course or a copied module was refused. */
@MessageKeys
public final class AuthoringMessages {

    public static final String TITLE_REQUIRED = "authoring.titleRequired";
    public static final String TITLE_TOO_LONG = "authoring.titleTooLong";
    public static final String SUMMARY_REQUIRED = "authoring.summaryRequired";
    public static final String SUMMARY_TOO_LONG = "authoring.summaryTooLong";
    public static final String NO_SUCH_MODULE = "authoring.noSuchModule";
    public static final String NOT_YOUR_DRAFT = "authoring.notYourDraft";
    public static final String MODULE_ALREADY_THERE = "authoring.moduleAlreadyThere";

    private AuthoringMessages() {}
}
