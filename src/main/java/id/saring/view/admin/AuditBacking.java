package id.saring.view.admin;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.entity.CourseVersion;
import id.saring.identity.IdentityMessages;
import id.saring.identity.entity.Role;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.Moments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * admin/audit.xhtml: the newest entries of the audit trail, said in words in the page's language.
 * The trail stores its facts as written when they happened (role names, version sources, moments
 * with their zone); they are read back here, so that old entries read as well as new ones.
 */
@Named("adminAudit")
@RequestScoped
public class AuditBacking {

    /** A moment as assignments record it: "2026-12-05 08:00 Asia/Jakarta". */
    private static final Pattern MOMENT =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) ([A-Za-z_]+/[A-Za-z_]+)");

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A published version as recorded: "v3 (UPLOAD, admin)". */
    private static final Pattern VERSION = Pattern.compile("v(\\d+) \\((FOLDER|UPLOAD|EDITOR|RESTORE), (.+)\\)");

    /** A course version exported as recorded: "v3". */
    private static final Pattern EXPORTED_VERSION = Pattern.compile("v(\\d+)");

    /** Grades exported as recorded: "course-id (CSV, 12)". */
    private static final Pattern EXPORT = Pattern.compile("(\\S+) \\((\\w+), (\\d+)\\)");

    /** A roster import as recorded: "3: user.a, user.b, user.c". */
    private static final Pattern IMPORT = Pattern.compile("(\\d+): (.*)");

    @Inject
    AuditLog audit;

    @Inject
    Moments moments;

    private List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = audit.recent();
        }
        return events;
    }

    public int getShown() {
        return AuditLog.SHOWN;
    }

    /** Who did it: a username, or Saring itself (publishing the courses folder at start). */
    public String actor(AuditEvent event) {
        return AuditLog.SYSTEM.equals(event.getActor())
                ? Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), AuditMessages.AUDIT_SYSTEM)
                : event.getActor();
    }

    /** What the entry's detail says, in words: roles and sources named, moments as dates. */
    public String detail(AuditEvent event) {
        String detail = event.getDetail().orElse("");
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        switch (event.getAction()) {
            case ACCOUNT_CREATED -> {
                Optional<Role> role = Arrays.stream(Role.values())
                        .filter(r -> r.name().equals(detail))
                        .findFirst();
                if (role.isPresent()) {
                    return Messages.text(locale, IdentityMessages.role(role.get()));
                }
            }
            case COURSE_PUBLISHED -> {
                Matcher version = VERSION.matcher(detail);
                if (version.matches()) {
                    return Messages.text(
                            locale,
                            AuditMessages.published(CourseVersion.Source.valueOf(version.group(2))),
                            Long.parseLong(version.group(1)),
                            version.group(3));
                }
            }
            case COURSE_EXPORTED -> {
                Matcher version = EXPORTED_VERSION.matcher(detail);
                if (version.matches()) {
                    return Messages.text(locale, AuditMessages.AUDIT_DETAIL_VERSION, Long.parseLong(version.group(1)));
                }
            }
            case GRADES_EXPORTED -> {
                Matcher export = EXPORT.matcher(detail);
                if (export.matches()) {
                    return Messages.text(
                            locale,
                            AuditMessages.AUDIT_DETAIL_EXPORTED,
                            export.group(1),
                            export.group(2),
                            Long.parseLong(export.group(3)));
                }
            }
            case ROSTER_IMPORTED -> {
                Matcher imported = IMPORT.matcher(detail);
                if (imported.matches()) {
                    return Messages.text(
                            locale,
                            AuditMessages.AUDIT_DETAIL_IMPORTED,
                            Long.parseLong(imported.group(1)),
                            imported.group(2));
                }
            }
            default -> {
                // said in words when recorded, or a plain name
            }
        }
        return MOMENT.matcher(detail)
                .replaceAll(
                        moment -> Matcher.quoteReplacement(moments.format(LocalDateTime.parse(moment.group(1), RECORDED)
                                .atZone(ZoneId.of(moment.group(2)))
                                .toInstant())));
    }
}
