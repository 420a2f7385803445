package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.Classrooms;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.boundary.Consents;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** The class page's form that notes a guardian's consent, as given on the school's paper form. */
@Named("consentForm")
@ViewScoped
public class ConsentPanel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Consents consents;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    @Inject
    ClassConsents classConsents;

    private String student;
    private String guardianName;
    private GuardianConsent.Relation relation;
    private GuardianConsent.Method method;
    private LocalDate givenOn;

    public void record() {
        try {
            GuardianConsent consent = consents.record(
                    currentUser.getUsername(), page.getId(), student, guardianName, relation, method, givenOn);
            Messages.info(TeachMessages.CONSENT_RECORDED, nameOf(consent.getAccountId()));
            classConsents.changed();
            student = null;
            guardianName = null;
            relation = null;
            method = null;
            givenOn = null;
        } catch (PrivacyException e) {
            Messages.error(e.getMessageKey());
        }
    }

    private String nameOf(long accountId) {
        return page.getMembers().stream()
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
