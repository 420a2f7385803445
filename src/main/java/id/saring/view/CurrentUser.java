package id.saring.view;

import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is looking at the page, for the header, the home page and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private Optional<Account> account;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse(getUsername());
    }

    public boolean isStudent() {
        return securityContext.isCallerInRole(Role.STUDENT_NAME);
    }

    public boolean isTeacher() {
        return securityContext.isCallerInRole(Role.TEACHER_NAME);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN_NAME);
    }

    private Optional<Account> account() {
        if (account == null) {
            account = isLoggedIn() ? accounts.findByUsername(getUsername()) : Optional.empty();
        }
        return account;
    }
}
