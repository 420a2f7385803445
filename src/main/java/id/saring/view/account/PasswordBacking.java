package id.saring.view.account;

import id.saring.identity.IdentityMessages;
import id.saring.identity.boundary.AccountException;
import id.saring.identity.boundary.Accounts;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account/password.xhtml: a person changes their own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public String change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Messages.fieldError("password:repeated", IdentityMessages.PASSWORD_MISMATCH);
            return null;
        }
        try {
            accounts.changePassword(currentUser.getUsername(), currentPassword, newPassword);
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
            return null;
        }
        Messages.infoAfterRedirect(IdentityMessages.PASSWORD_CHANGED);
        return "/home.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
