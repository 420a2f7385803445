package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.PrivacyMessages;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.privacy.boundary.StudentData;
import id.saring.quiz.boundary.AttemptRecords;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The class page's roster: taking a student out of the class, a student's data for a guardian, and
 * when each student's device last synced what it kept offline.
 */
@Named("classMembers")
@RequestScoped
public class MembersPanel {

    @Inject
    Classrooms classrooms;

    @Inject
    StudentData studentData;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    @Inject
    AttemptRecords attemptRecords;

    /** When each student's device last synced, read once per request for the whole roster. */
    private Map<Long, Instant> lastSync;

    /** Takes a student out of this class; their account and work stay. */
    public void remove(String studentUsername) {
        try {
            var student = classrooms.removeMember(currentUser.getUsername(), page.getId(), studentUsername);
            Messages.info(
                    TeachMessages.ROSTER_REMOVED,
                    student.getDisplayName(),
                    page.getSchoolClass().getName());
            page.membersChanged();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** When the student's device last sent what it kept offline ("Terakhir sinkron"); null if it never did. */
    public Instant lastSync(Account account) {
        if (lastSync == null) {
            lastSync = attemptRecords.lastSyncOf(
                    page.getMembers().stream().map(m -> m.account().getId()).toList());
        }
        return lastSync.get(account.getId());
    }

    /** Everything Saring holds about a student of this class, for their guardian (audited). */
    public StreamedContent export(Account account) {
        // Only students on this class's roster: the boundary checks again that the teacher teaches them.
        boolean onRoster =
                page.getMembers().stream().anyMatch(m -> m.account().getId().equals(account.getId()));
        if (!onRoster) {
            throw new PrivacyException(PrivacyMessages.PRIVACY_NOT_FOUND);
        }
        return Downloads.of(
                "data-" + account.getUsername() + ".json",
                "application/json",
                studentData.exportJson(currentUser.getUsername(), account.getId()));
    }
}
