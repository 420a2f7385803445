package id.saring.view.admin;

import id.saring.infrastructure.i18n.MessageKeys;

/** What the administrator's pages say after publishing, writing a draft, converting GIFT, and adding schools and users. */
@MessageKeys
public final class AdminMessages {

    public static final String ADMIN_COURSES_NOTHING_IN_FOLDER = "admin.courses.nothingInFolder";
    public static final String ADMIN_COURSES_PUBLISHED = "admin.courses.published";
    public static final String ADMIN_COURSES_REFUSED = "admin.courses.refused";
    public static final String ADMIN_COURSES_RESTORED = "admin.courses.restored";
    public static final String ADMIN_COURSES_REPUBLISHED = "admin.courses.republished";
    public static final String ADMIN_COURSES_UNCHANGED = "admin.courses.unchanged";
    public static final String ADMIN_COURSES_UNPUBLISHED = "admin.courses.unpublished";
    public static final String ADMIN_PROVIDERS_ADDED = "admin.providers.added";
    public static final String ADMIN_PROVIDERS_REMOVED = "admin.providers.removed";
    public static final String ADMIN_LTI_ADDED = "admin.lti.added";
    public static final String ADMIN_LTI_REMOVED = "admin.lti.removed";
    public static final String ADMIN_USERS_ADDRESS_LINKED = "admin.users.addressLinked";
    public static final String ADMIN_USERS_SIGN_IN_RESET = "admin.users.signInReset";
    public static final String ADMIN_USERS_ADDRESS_UNLINKED = "admin.users.addressUnlinked";
    public static final String ADMIN_DRAFT_CHECKED = "admin.draft.checked";
    public static final String ADMIN_DRAFT_CONFLICT = "admin.draft.conflict";
    public static final String ADMIN_DRAFT_DISCARDED = "admin.draft.discarded";
    public static final String ADMIN_DRAFT_GONE = "admin.draft.gone";
    public static final String ADMIN_DRAFT_NO_LESSON = "admin.draft.noLesson";
    public static final String ADMIN_DRAFT_NO_QUIZ = "admin.draft.noQuiz";
    public static final String ADMIN_COURSES_MADE_SCHOOL_WIDE = "admin.courses.madeSchoolWide";
    public static final String ADMIN_COURSES_MADE_OWNER_ONLY = "admin.courses.madeOwnerOnly";
    public static final String ADMIN_DRAFT_NOT_PUBLISHED = "admin.draft.notPublished";
    public static final String ADMIN_DRAFT_PICTURE_ADDED = "admin.draft.pictureAdded";
    public static final String ADMIN_DRAFT_PICTURE_MISSING = "admin.draft.pictureMissing";
    public static final String ADMIN_DRAFT_PICTURE_NOT_IN_LESSON = "admin.draft.pictureNotInLesson";
    public static final String ADMIN_DRAFT_PICTURE_REFUSED = "admin.draft.pictureRefused";
    public static final String ADMIN_DRAFT_PICTURE_TOO_BIG = "admin.draft.pictureTooBig";
    public static final String ADMIN_DRAFT_PROBLEMS = "admin.draft.problems";
    public static final String ADMIN_DRAFT_SAVED = "admin.draft.saved";
    public static final String ADMIN_GIFT_BAD_ID = "admin.gift.badId";
    public static final String ADMIN_GIFT_IN_DRAFT = "admin.gift.inDraft";
    public static final String ADMIN_GIFT_INTO_DRAFT = "admin.gift.intoDraft";
    public static final String ADMIN_GIFT_NOT_IN_DRAFT = "admin.gift.notInDraft";
    public static final String ADMIN_GIFT_CONVERTED = "admin.gift.converted";
    public static final String ADMIN_GIFT_NOTHING = "admin.gift.nothing";
    public static final String ADMIN_GIFT_PARTLY = "admin.gift.partly";
    public static final String ADMIN_ROSTER_HANDED_OVER = "admin.roster.handedOver";
    public static final String ADMIN_ROSTER_ADDRESSES = "admin.roster.addresses";
    public static final String ADMIN_ROSTER_IMPORTED = "admin.roster.imported";
    public static final String ADMIN_ROSTER_NO_FILE = "admin.roster.noFile";
    public static final String ADMIN_ROSTER_REFUSED = "admin.roster.refused";
    public static final String ADMIN_ROSTER_TOO_LARGE = "admin.roster.tooLarge";
    public static final String ADMIN_ROSTER_YEAR_CLOSED = "admin.roster.yearClosed";
    public static final String ADMIN_SCHOOLS_CREATED = "admin.schools.created";
    public static final String ADMIN_USERS_CREATED = "admin.users.created";
    public static final String ADMIN_USERS_UNLOCKED = "admin.users.unlocked";

    private AdminMessages() {}
}
