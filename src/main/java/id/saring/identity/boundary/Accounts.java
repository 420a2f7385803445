package id.saring.identity.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.identity.IdentityMessages;
import id.saring.identity.control.CardSecret;
import id.saring.identity.control.PasswordHashing;
import id.saring.identity.control.PasswordPolicy;
import id.saring.identity.control.SchoolAddress;
import id.saring.identity.control.Username;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import id.saring.infrastructure.i18n.LanguageChosen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Creating accounts and the changes their owners make to them. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditLog audit;

    @Inject
    KnownAccounts knownAccounts;

    @Inject
    BeanManager beans;

    @Inject
    LastLogins lastLogins;

    private static final SecureRandom RANDOM = new SecureRandom();

    Clock clock = Clock.systemUTC();

    /** Someone whom failed logins block right now (at least from browsers they never logged in on), until when. */
    public record LockedOut(Account account, Instant until) {}

    /**
     * Opens an account.
     *
     * @throws AccountException with the key of the first rule the input breaks
     */
    public Account create(String typedUsername, String displayName, Role role, String password) {
        return create(typedUsername, displayName, role, password, Optional.empty());
    }

    /** Opens an account in a school (when one is given). */
    public Account create(
            String typedUsername, String displayName, Role role, String password, Optional<Long> schoolId) {
        if (!Username.isValid(typedUsername)) {
            throw new AccountException(IdentityMessages.ACCOUNT_USERNAME_INVALID);
        }
        Username username = Username.of(typedUsername);
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException(IdentityMessages.ACCOUNT_DISPLAY_NAME_REQUIRED);
        }
        PasswordPolicy.check(password, username.value()).ifPresent(problem -> {
            throw new AccountException(problem.messageKey);
        });
        if (findByUsername(username.value()).isPresent()) {
            throw new AccountException(IdentityMessages.ACCOUNT_USERNAME_TAKEN);
        }
        Account account = new Account(username, displayName, role, hashing.hash(password), Instant.now(clock));
        schoolId.ifPresent(id -> account.placeIn(Optional.ofNullable(em.find(School.class, id))
                .orElseThrow(() -> new AccountException(IdentityMessages.SCHOOL_NOT_FOUND))));
        em.persist(account);
        audit.record(AuditEvent.Action.ACCOUNT_CREATED, account.getUsername(), role.name());
        return account;
    }

    /**
     * Opens a student's account in a school with the school's own number for them (from the
     * school's roster), by which next year's roster finds them again.
     */
    public Account createNumbered(
            String typedUsername, String displayName, String password, long schoolId, String schoolNumber) {
        Account account = create(typedUsername, displayName, Role.STUDENT, password, Optional.of(schoolId));
        account.numberInSchool(schoolNumber);
        return account;
    }

    /** The school's students who have the school's number, by that number (one query for a whole roster). */
    public Map<String, Account> numberedIn(long schoolId) {
        return em.createNamedQuery(Account.NUMBERED_IN_SCHOOL, Account.class)
                .setParameter("school", schoolId)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.getSchoolNumber().orElseThrow(), a -> a));
    }

    /**
     * A new login card for a student (the previous one stops working): the card's secret, to be
     * printed as its QR code and never stored in clear. The caller is responsible for being allowed
     * to, and for the audit trail.
     *
     * @throws AccountException when the account is not a student's
     */
    public String issueCard(String username) {
        Account account = getByUsername(username);
        if (account.getRole() != Role.STUDENT) {
            throw new AccountException(IdentityMessages.ACCOUNT_NOT_FOUND);
        }
        String secret = CardSecret.create(RANDOM);
        account.issueCard(CardSecret.hashOf(secret).orElseThrow(), Instant.now(clock));
        return secret;
    }

    /** The account whose current login card carries this secret, if any (one indexed lookup of its hash). */
    public Optional<Account> findByCard(String secret) {
        Optional<Account> found = CardSecret.hashOf(secret)
                .flatMap(hash -> em.createNamedQuery(Account.BY_CARD, Account.class)
                        .setParameter("hash", hash)
                        .getResultStream()
                        .findFirst());
        found.ifPresent(account -> known().ifPresent(k -> k.remember(account)));
        return found;
    }

    /** The account whose school address this is (compared in lower case), if any. */
    public Optional<Account> findByEmail(String address) {
        return SchoolAddress.normalize(address).flatMap(email -> em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst());
    }

    /**
     * Records the school address a person may sign in with through a connected provider (audited),
     * or forgets it when {@code typedAddress} is blank. The caller is responsible for being allowed to.
     *
     * @throws AccountException when the address is not a plain e-mail address or another account has it
     */
    public Account linkAddress(String username, String typedAddress) {
        Account account = getByUsername(username);
        if (typedAddress == null || typedAddress.isBlank()) {
            account.getEmail()
                    .ifPresent(old -> audit.record(AuditEvent.Action.ADDRESS_UNLINKED, account.getUsername(), old));
            account.linkAddress(null);
            return account;
        }
        String address = SchoolAddress.normalize(typedAddress)
                .orElseThrow(() -> new AccountException(IdentityMessages.ACCOUNT_ADDRESS_INVALID));
        if (findByEmail(address)
                .filter(other -> !other.getId().equals(account.getId()))
                .isPresent()) {
            throw new AccountException(IdentityMessages.ACCOUNT_ADDRESS_TAKEN);
        }
        account.linkAddress(address);
        audit.record(AuditEvent.Action.ADDRESS_LINKED, account.getUsername(), address);
        return account;
    }

    public Optional<Account> findByUsername(String typedUsername) {
        Optional<Account> found = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Username.normalize(typedUsername))
                .getResultStream()
                .findFirst();
        found.ifPresent(account -> known().ifPresent(k -> k.remember(account)));
        return found;
    }

    /**
     * The id of the account with this username, read at most once per request ({@link
     * KnownAccounts}): for the many parts of a page that only need to know whose rows to read.
     *
     * @throws AccountException when there is no such account
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long idOf(String username) {
        String normalized = Username.normalize(username);
        Optional<KnownAccounts.Known> seen = known().flatMap(k -> k.get(normalized));
        if (seen.isPresent()) {
            return seen.get().id();
        }
        return getByUsername(normalized).getId();
    }

    /** The language the account's owner chose, if they did (read at most once per request, like {@link #idOf}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> languageOf(String username) {
        String normalized = Username.normalize(username);
        Optional<KnownAccounts.Known> seen = known().flatMap(k -> k.get(normalized));
        if (seen.isPresent()) {
            return seen.get().language();
        }
        return findByUsername(normalized).flatMap(Account::getLanguage);
    }

    /** Forgets what this request read of an account that is being erased. */
    public void forgetInRequest(String username) {
        known().ifPresent(k -> k.forget(Username.normalize(username)));
    }

    /** This request's accounts read so far; none outside a request (a timer, a background task). */
    private Optional<KnownAccounts> known() {
        if (beans == null) {
            return Optional.empty();
        }
        try {
            return beans.getContext(RequestScoped.class).isActive() ? Optional.of(knownAccounts) : Optional.empty();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    public Account getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new AccountException(IdentityMessages.ACCOUNT_NOT_FOUND));
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public boolean hasAny(Role role) {
        return em.createNamedQuery(Account.COUNT_BY_ROLE, Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    /**
     * Changes a password after checking the current one, so a session left open on a shared
     * school PC cannot be used to take the account over.
     */
    public void changePassword(String username, String currentPassword, String newPassword) {
        Account account = getByUsername(username);
        if (currentPassword == null || !hashing.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException(IdentityMessages.PASSWORD_CURRENT_WRONG);
        }
        PasswordPolicy.check(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new AccountException(problem.messageKey);
        });
        account.changePasswordHash(hashing.hash(newPassword));
    }

    /**
     * Sets a password chosen by the system for someone who lost theirs (a teacher's reset); the
     * caller is responsible for being allowed to.
     */
    public void setPassword(String username, String newPassword) {
        Account account = getByUsername(username);
        PasswordPolicy.check(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new AccountException(problem.messageKey);
        });
        account.changePasswordHash(hashing.hash(newPassword));
        attempts.unlock(account.getUsername());
    }

    /**
     * Lets someone locked out by failed logins in again from every browser (a classmate guessed
     * their password, or they forgot it and then remembered); the caller is responsible for being
     * allowed to. Recorded in the audit trail with {@code where} (a class, or nothing for an
     * administrator).
     */
    public Account unlockLogin(String username, String where) {
        Account account = getByUsername(username);
        attempts.unlock(account.getUsername());
        audit.record(AuditEvent.Action.LOGIN_UNLOCKED, account.getUsername(), where);
        return account;
    }

    /** The accounts that failed logins block right now, by name; usernames without an account are left out. */
    public List<LockedOut> lockedOut() {
        Map<String, Instant> blocked = attempts.lockedOut();
        if (blocked.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Account.BY_USERNAMES, Account.class)
                .setParameter("usernames", blocked.keySet())
                .getResultStream()
                .map(account -> new LockedOut(account, blocked.get(account.getUsername())))
                .sorted(Comparator.comparing(
                        (LockedOut locked) -> locked.account().getDisplayName()))
                .toList();
    }

    public void preferLanguage(String username, String languageTag) {
        findByUsername(username).ifPresent(account -> {
            account.preferLanguage(languageTag);
            known().ifPresent(k -> k.remember(account));
        });
    }

    void onLanguageChosen(@Observes LanguageChosen chosen) {
        preferLanguage(chosen.username(), chosen.languageTag());
    }

    /**
     * When the account last logged in, for teachers and administrators: written with the other
     * logins of the same second ({@link LastLogins}), no transaction of the login's own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    void recordLogin(String username) {
        lastLogins.record(Username.normalize(username), Instant.now(clock));
    }

    /**
     * Writes the times of many logins in one transaction: an UPDATE each, without reading the
     * account first and without its version (a login never conflicts with a teacher's edit). In SQL,
     * because EclipseLink adds the version's increment to a JPQL bulk update of a versioned entity:
     * a password changed in the second after a login then failed on that newer version.
     */
    void writeLogins(Map<String, Instant> logins) {
        logins.forEach(
                (username, at) -> em.createNativeQuery("update account set last_login_at = ?1 where username = ?2")
                        .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .setParameter(2, username)
                        .executeUpdate());
    }

    /** A successful sign-in with a provider: the login, and the person pinned on the first one. */
    void recordSignIn(String username, String issuer, String subject) {
        findByUsername(username).ifPresent(account -> {
            account.recordLogin(Instant.now(clock));
            account.pinSignIn(issuer, subject);
        });
    }

    /**
     * Lets the next person the provider vouches for with the account's address sign in (and be
     * pinned): for when the school gave the address to someone else on purpose. Audited. The caller
     * is responsible for being allowed to.
     */
    public Account resetSignIn(String username) {
        Account account = getByUsername(username);
        account.resetSignIn();
        audit.record(
                AuditEvent.Action.SIGN_IN_RESET,
                account.getUsername(),
                account.getEmail().orElse("-"));
        return account;
    }
}
