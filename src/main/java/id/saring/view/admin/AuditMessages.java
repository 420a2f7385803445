package id.saring.view.admin;

import id.saring.catalog.entity.CourseVersion;
import id.saring.infrastructure.i18n.MessageKeys;

/** How the audit page reads the trail's recorded details back in words. */
@MessageKeys
public final class AuditMessages {

    public static final String AUDIT_DETAIL_EXPORTED = "audit.detail.exported";
    public static final String AUDIT_DETAIL_IMPORTED = "audit.detail.imported";
    public static final String AUDIT_SYSTEM = "audit.system";
    public static final String AUDIT_DETAIL_PUBLISHED_FOLDER = "audit.detail.published.FOLDER";
    public static final String AUDIT_DETAIL_PUBLISHED_UPLOAD = "audit.detail.published.UPLOAD";
    public static final String AUDIT_DETAIL_PUBLISHED_EDITOR = "audit.detail.published.EDITOR";
    public static final String AUDIT_DETAIL_PUBLISHED_RESTORE = "audit.detail.published.RESTORE";
    public static final String AUDIT_DETAIL_VERSION = "audit.detail.version";

    private AuditMessages() {}

    public static String published(CourseVersion.Source source) {
        return switch (source) {
            case FOLDER -> AUDIT_DETAIL_PUBLISHED_FOLDER;
            case UPLOAD -> AUDIT_DETAIL_PUBLISHED_UPLOAD;
            case EDITOR -> AUDIT_DETAIL_PUBLISHED_EDITOR;
            case RESTORE -> AUDIT_DETAIL_PUBLISHED_RESTORE;
        };
    }
}
