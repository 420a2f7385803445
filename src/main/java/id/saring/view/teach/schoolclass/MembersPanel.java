package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.PrivacyMessages;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.privacy.boundary.StudentData;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/** The class page's roster: taking a student out of the class, and a student's data for a guardian. */
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
