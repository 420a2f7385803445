package id.saring.view.admin;

import id.saring.classroom.control.TableExport;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.PrivacyMessages;
import id.saring.privacy.boundary.Consents;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.privacy.boundary.StudentData;
import id.saring.privacy.control.StudentJson;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * admin/student.xhtml?id=...: what Saring holds about one student, downloaded as JSON or CSV, and
 * erased on request after the administrator types the username again.
 */
@Named("adminStudent")
@ViewScoped
public class StudentBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StudentData studentData;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient StudentJson.Held held;
    private String problem;
    private String confirmation;

    /**
     * Reads the student once per view. A missing account or one that is not a student's is said
     * on the page in words ({@link #getProblem()}): a message added here would be in the default
     * language, before the page has set its own.
     */
    public void load() {
        getHeld();
    }

    /** The message key of why there is nothing to show, or null. */
    public String getProblem() {
        getHeld();
        return problem;
    }

    /** What is held, or nothing (and {@link #problem} says why). */
    public StudentJson.Held getHeld() {
        if (held == null && problem == null) {
            try {
                held = studentData.held(currentUser.getUsername(), id);
            } catch (PrivacyException e) {
                problem = e.getMessageKey();
            }
        }
        return held;
    }

    public boolean isFound() {
        return problem == null && getHeld() != null;
    }

    public StreamedContent getJson() {
        String username = getHeld().account().getUsername();
        return Downloads.of(
                "data-" + username + ".json",
                "application/json",
                studentData.exportJson(currentUser.getUsername(), id));
    }

    public StreamedContent getCsv() {
        String username = getHeld().account().getUsername();
        return Downloads.of(
                "percobaan-" + username + ".csv",
                TableExport.CSV_MEDIA_TYPE,
                studentData.exportCsv(currentUser.getUsername(), id));
    }

    /** Erases the student and goes back to the list of accounts, saying what was removed. */
    public String erase() {
        try {
            StudentData.Erased erased = studentData.erase(currentUser.getUsername(), id, confirmation);
            Messages.infoAfterRedirect(
                    PrivacyMessages.PRIVACY_ERASED,
                    String.valueOf(erased.accountId()),
                    erased.attempts(),
                    erased.lessonsRead(),
                    erased.certificates());
            return "/admin/users.xhtml?faces-redirect=true";
        } catch (PrivacyException e) {
            Messages.error(e.getMessageKey());
            return null;
        }
    }

    public String consent() {
        return Consents.shown(
                getHeld().consent(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
