package id.saring.view.admin;

import id.saring.identity.boundary.AccountException;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.boundary.Schools;
import id.saring.identity.control.PasswordGenerator;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import id.saring.infrastructure.i18n.Messages;
import id.saring.privacy.boundary.Consents;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** admin/users.xhtml: every account, and a form that opens a new one. */
@Named("adminUsers")
@ViewScoped
public class UsersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Schools schools;

    @Inject
    Consents consents;

    private transient Set<Long> withConsent;

    private transient List<School> allSchools;
    private Long schoolId;

    private transient List<Account> all;

    private transient List<Accounts.LockedOut> lockedOut;

    private String linkUsername;
    private String linkAddress;

    private String username;
    private String displayName;
    private Role role = Role.STUDENT;
    private String password;

    @PostConstruct
    void suggestPassword() {
        password = PasswordGenerator.generate(10);
    }

    public List<Account> getAll() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public void create() {
        try {
            Account created = accounts.create(username, displayName, role, password, Optional.ofNullable(schoolId));
            Messages.info(AdminMessages.ADMIN_USERS_CREATED, created.getUsername(), password);
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
            return;
        }
        all = null;
        username = null;
        displayName = null;
        role = Role.STUDENT;
        suggestPassword();
    }

    /**
     * Records (or, left empty, forgets) the school address an account signs in with through a
     * connected provider (audited).
     */
    public void link() {
        try {
            Account linked = accounts.linkAddress(linkUsername, linkAddress);
            if (linked.getEmail().isPresent()) {
                Messages.info(
                        AdminMessages.ADMIN_USERS_ADDRESS_LINKED,
                        linked.getEmail().get(),
                        linked.getDisplayName());
            } else {
                Messages.info(AdminMessages.ADMIN_USERS_ADDRESS_UNLINKED, linked.getDisplayName());
            }
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
            return;
        }
        all = null;
        linkUsername = null;
        linkAddress = null;
    }

    /**
     * Lets the next person the provider vouches for with the account's address sign in: after the
     * school gave the address to someone else (audited).
     */
    public void resetSignIn() {
        try {
            Account reset = accounts.resetSignIn(linkUsername);
            Messages.info(AdminMessages.ADMIN_USERS_SIGN_IN_RESET, reset.getDisplayName());
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
            return;
        }
        all = null;
        linkUsername = null;
    }

    public String getLinkUsername() {
        return linkUsername;
    }

    public void setLinkUsername(String linkUsername) {
        this.linkUsername = linkUsername;
    }

    public String getLinkAddress() {
        return linkAddress;
    }

    public void setLinkAddress(String linkAddress) {
        this.linkAddress = linkAddress;
    }

    /** The accounts that failed logins block right now, with when each block ends. */
    public List<Accounts.LockedOut> getLockedOut() {
        if (lockedOut == null) {
            lockedOut = accounts.lockedOut();
        }
        return lockedOut;
    }

    /** Lifts every block on the account named by the request (audited). */
    public void unlock() {
        String username = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("account");
        try {
            Account unlocked = accounts.unlockLogin(username, null);
            Messages.info(AdminMessages.ADMIN_USERS_UNLOCKED, unlocked.getDisplayName());
        } catch (AccountException e) {
            Messages.error(e.getMessageKey());
        }
        lockedOut = null;
    }

    public List<School> getSchools() {
        if (allSchools == null) {
            allSchools = schools.all();
        }
        return allSchools;
    }

    /** The school's name for the list, or nothing for accounts without one. */
    public String schoolOf(Account account) {
        return account.getSchoolId()
                .flatMap(id ->
                        getSchools().stream().filter(s -> s.getId().equals(id)).findFirst())
                .map(s -> s.getName() + ", " + s.getCity())
                .orElse("");
    }

    /** Whether a guardian's consent is noted for this student (one query for the whole list). */
    public boolean hasConsent(Account account) {
        if (withConsent == null) {
            withConsent = consents.studentsWithConsent();
        }
        return withConsent.contains(account.getId());
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
