package id.saring.view;

import id.saring.identity.boundary.Accounts;
import id.saring.identity.boundary.SecurityConfiguration;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** Who is looking at the page, for the header, the home page and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private Optional<Account> account;

    public boolean isLoggedIn() {
        return request().getUserPrincipal() != null;
    }

    public String getUsername() {
        Principal caller = request().getUserPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse(getUsername());
    }

    public boolean isStudent() {
        return inRole(Role.STUDENT_NAME);
    }

    public boolean isTeacher() {
        return inRole(Role.TEACHER_NAME);
    }

    public boolean isAdmin() {
        return inRole(Role.ADMIN_NAME);
    }

    private boolean inRole(String role) {
        return SecurityConfiguration.roleOf(request()).filter(role::equals).isPresent();
    }

    /**
     * Who and which role are asked of the request and the session, not of {@code SecurityContext}:
     * Payara's {@code isCallerInRole} looks up an EJB context through JNDI and catches an exception
     * every time (5% of the server's CPU in the load benchmark), and on Payara 7 both it and
     * {@code getCallerPrincipal} throw while an error page is rendered (no authorization context in
     * that dispatch).
     */
    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private Optional<Account> account() {
        if (account == null) {
            account = isLoggedIn() ? accounts.findByUsername(getUsername()) : Optional.empty();
        }
        return account;
    }
}
