package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The class page's list of students whom failed logins block right now (on exam day: "I can't log
 * in"), each with the moment the block ends and a button that lifts it.
 */
@Named("classLockouts")
@RequestScoped
public class LockoutPanel {

    /** The request parameter naming the student to unlock; the boundary checks they are in this class. */
    static final String STUDENT = "student";

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    @Inject
    FacesContext faces;

    private List<Accounts.LockedOut> lockedOut;

    public List<Accounts.LockedOut> getStudents() {
        if (lockedOut == null) {
            lockedOut = classrooms.lockedOut(currentUser.getUsername(), page.getId());
        }
        return lockedOut;
    }

    /** Lifts every block on the student named by the request (audited). */
    public void unlock() {
        String student = faces.getExternalContext().getRequestParameterMap().get(STUDENT);
        try {
            Account unlocked = classrooms.unlockLogin(currentUser.getUsername(), page.getId(), student);
            Messages.info(TeachMessages.LOCKOUT_UNLOCKED, unlocked.getDisplayName());
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
        lockedOut = null;
    }
}
