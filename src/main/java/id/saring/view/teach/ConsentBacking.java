package id.saring.view.teach;

import id.saring.classroom.boundary.Classrooms;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.boundary.Consents;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.privacy.boundary.StudentData;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.StreamedContent;

/**
 * The guardian-consent part of teach/class.xhtml: each student's consent, the form that notes it,
 * withdrawing it, and a student's data for a guardian who asks. Missing consent blocks nothing: the
 * teacher sees who is missing and the school collects the forms.
 */
@Named("teachConsent")
@ViewScoped
public class ConsentBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClassBacking teachClass;

    @Inject
    Consents consents;

    @Inject
    StudentData studentData;

    @Inject
    CurrentUser currentUser;

    private transient Map<Long, GuardianConsent> given;

    private String student;
    private String guardianName;
    private GuardianConsent.Relation relation;
    private GuardianConsent.Method method;
    private LocalDate givenOn;

    /** The consents of the class's students, by account id. */
    public Map<Long, GuardianConsent> getGiven() {
        if (given == null) {
            given = consents.of(teachClass.getMembers().stream()
                    .map(m -> m.account().getId())
                    .toList());
        }
        return given;
    }

    /** How many of the class's students have no consent noted. */
    public long getMissing() {
        return teachClass.getMembers().stream()
                .filter(m -> !getGiven().containsKey(m.account().getId()))
                .count();
    }

    public boolean has(Account account) {
        return getGiven().containsKey(account.getId());
    }

    /** "Ibu Sari (ibu) · formulir kertas · 3 Nov 2026", or that there is none. */
    public String status(Account account) {
        return Consents.shown(
                Optional.ofNullable(getGiven().get(account.getId())),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public void record() {
        try {
            GuardianConsent consent = consents.record(
                    currentUser.getUsername(), teachClass.getId(), student, guardianName, relation, method, givenOn);
            Messages.info("consent.recorded", nameOf(consent.getAccountId()));
            given = null;
            student = null;
            guardianName = null;
            relation = null;
            method = null;
            givenOn = null;
        } catch (PrivacyException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public void withdraw(String studentUsername) {
        try {
            consents.withdraw(currentUser.getUsername(), teachClass.getId(), studentUsername);
            Messages.info("consent.withdrawn");
            given = null;
        } catch (PrivacyException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Everything Saring holds about a student of this class, for their guardian (audited). */
    public StreamedContent export(Account account) {
        // Only students on this class's roster: the boundary checks again that the teacher teaches them.
        boolean onRoster = teachClass.getMembers().stream()
                .anyMatch(m -> m.account().getId().equals(account.getId()));
        if (!onRoster) {
            throw new PrivacyException("privacy.notFound");
        }
        return Downloads.of(
                "data-" + account.getUsername() + ".json",
                "application/json",
                studentData.exportJson(currentUser.getUsername(), account.getId()));
    }

    private String nameOf(long accountId) {
        return teachClass.getMembers().stream()
                .map(Classrooms.Member::account)
                .filter(a -> a.getId() == accountId)
                .map(Account::getDisplayName)
                .findFirst()
                .orElse("");
    }

    public GuardianConsent.Relation[] getRelations() {
        return GuardianConsent.Relation.values();
    }

    public GuardianConsent.Method[] getMethods() {
        return GuardianConsent.Method.values();
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public GuardianConsent.Relation getRelation() {
        return relation;
    }

    public void setRelation(GuardianConsent.Relation relation) {
        this.relation = relation;
    }

    public GuardianConsent.Method getMethod() {
        return method;
    }

    public void setMethod(GuardianConsent.Method method) {
        this.method = method;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
