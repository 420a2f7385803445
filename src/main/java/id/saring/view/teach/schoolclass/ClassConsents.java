package id.saring.view.teach.schoolclass;

import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.boundary.Consents;
import id.saring.privacy.boundary.PrivacyException;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The guardian consent of each student of the class: who has it, how many miss it, and
 * withdrawing it. Missing consent blocks nothing: the teacher sees who is missing and the school
 * collects the forms.
 */
@Named("classConsents")
@ViewScoped
public class ClassConsents implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Consents consents;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    private transient Map<Long, GuardianConsent> given;

    /** The consents of the class's students, by account id. */
    public Map<Long, GuardianConsent> getGiven() {
        if (given == null) {
            given = consents.of(
                    page.getMembers().stream().map(m -> m.account().getId()).toList());
        }
        return given;
    }

    /** How many of the class's students have no consent noted. */
    public long getMissing() {
        return page.getMembers().stream()
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

    public void withdraw(String studentUsername) {
        try {
            consents.withdraw(currentUser.getUsername(), page.getId(), studentUsername);
            Messages.info(TeachMessages.CONSENT_WITHDRAWN);
            changed();
        } catch (PrivacyException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** A consent was noted or withdrawn: they are read again. */
    public void changed() {
        given = null;
    }
}
