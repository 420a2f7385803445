package id.saring.identity.entity;

import id.saring.identity.control.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in to Saring. Students have no e-mail: the username is their identity.
 * The password is only ever held as a PBKDF2 hash.
 */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.BY_USERNAMES, query = "select a from Account a where a.username in :usernames")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.role, a.username")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "select count(a) from Account a where a.role = :role")
@NamedQuery(name = Account.BY_CARD, query = "select a from Account a where a.cardHash = :hash")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(
        name = Account.NUMBERED_IN_SCHOOL,
        query = "select a from Account a where a.schoolId = :school and a.schoolNumber is not null")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_USERNAMES = "Account.byUsernames";
    public static final String ALL = "Account.all";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String BY_CARD = "Account.byCard";
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String NUMBERED_IN_SCHOOL = "Account.numberedInSchool";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(length = 8)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "school_id")
    private Long schoolId;

    /** The SHA-256 of the secret on the student's current login card; none before the first card. */
    @Column(name = "card_hash", length = 64, unique = true)
    private String cardHash;

    @Column(name = "card_issued_at")
    private Instant cardIssuedAt;

    /**
     * The school address (lower case) the person may sign in with through a connected identity
     * provider; none until an administrator or teacher records it.
     */
    @Column(length = 254, unique = true)
    private String email;

    /**
     * The provider (its issuer) and its stable id for the person ({@code sub}) of the first
     * sign-in with the address: later sign-ins must be that same person. None until then.
     */
    @Column(name = "sign_in_issuer", length = 255)
    private String signInIssuer;

    @Column(name = "sign_in_subject", length = 255)
    private String signInSubject;

    /**
     * The school's own number for the student (NIPD in Dapodik), from the school's roster: how next
     * year's roster finds them again. Nothing else of the roster is kept.
     */
    @Column(name = "school_number", length = 30)
    private String schoolNumber;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(Username username, String displayName, Role role, String passwordHash, Instant createdAt) {
        this.username =
                Objects.requireNonNull(username, "A username is required.").value();
        this.displayName = requireText(displayName, "A display name is required.");
        this.role = Objects.requireNonNull(role, "A role is required.");
        this.passwordHash = requireText(passwordHash, "A password hash is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "A creation time is required.");
        this.active = true;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = requireText(newHash, "A password hash is required.");
    }

    public void recordLogin(Instant when) {
        this.lastLoginAt = Objects.requireNonNull(when);
    }

    /** Remembers the language the person chose, so that it follows them to another device. */
    public void preferLanguage(String languageTag) {
        this.language = requireText(languageTag, "A language is required.");
    }

    /** Places the account in a school; the teacher's students follow the teacher's school. */
    public void placeIn(School school) {
        this.schoolId = Objects.requireNonNull(school.getId(), "The school must be saved first.");
    }

    /** Records the school's own number for the student (their school's roster names them by it). */
    public void numberInSchool(String number) {
        if (schoolId == null) {
            throw new IllegalStateException("Only an account in a school has a number there.");
        }
        this.schoolNumber = requireText(number, "A number is required.");
    }

    public Optional<String> getSchoolNumber() {
        return Optional.ofNullable(schoolNumber);
    }

    public boolean canLogIn() {
        return active;
    }

    /**
     * Gives the student a new login card (the secret's hash, {@link
     * id.saring.identity.control.CardSecret}); the previous card stops working. Only students
     * have cards: a teacher's or an administrator's account is never opened by a scan.
     */
    public void issueCard(String secretHash, Instant when) {
        if (role != Role.STUDENT) {
            throw new IllegalStateException("Only students have login cards.");
        }
        this.cardHash = requireText(secretHash, "A card's hash is required.");
        this.cardIssuedAt = Objects.requireNonNull(when);
    }

    /**
     * Records the school address (already normalized, {@link
     * id.saring.identity.control.SchoolAddress}) a provider may vouch for, or forgets it (null).
     */
    public void linkAddress(String normalizedAddress) {
        if (!Objects.equals(email, normalizedAddress)) {
            resetSignIn(); // another address is another person at the provider
        }
        this.email = normalizedAddress;
    }

    /**
     * Whether the person the provider names may sign in to this account: the first one may (and
     * is then pinned, {@link #pinSignIn}), later only the same person at the same provider.
     */
    public boolean admitsSignIn(String issuer, String subject) {
        return signInSubject == null || (signInIssuer.equals(issuer) && signInSubject.equals(subject));
    }

    /** Pins the account to the person of its first sign-in with a provider. */
    public void pinSignIn(String issuer, String subject) {
        if (signInSubject == null) {
            this.signInIssuer = requireText(issuer, "An issuer is required.");
            this.signInSubject = requireText(subject, "A subject is required.");
        }
    }

    /** Forgets who signed in with the address: the next person the provider vouches for is pinned. */
    public void resetSignIn() {
        this.signInIssuer = null;
        this.signInSubject = null;
    }

    /** Whether somebody has signed in with the school address already (and only they may again). */
    public boolean isSignInPinned() {
        return signInSubject != null;
    }

    /** The school address the person signs in with at the school's provider, if one was recorded. */
    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    /** Whether a card scan may open this account: a student's, still open. */
    public boolean canLogInWithCard() {
        return role == Role.STUDENT && canLogIn() && cardHash != null;
    }

    /** Whether the student's current login card is the one with this secret hash (a replaced card is not). */
    public boolean holdsCard(String secretHash) {
        return cardHash != null && cardHash.equals(secretHash);
    }

    /** When the current login card was made, if the student has one. */
    public Optional<Instant> getCardIssuedAt() {
        return Optional.ofNullable(cardIssuedAt);
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Long> getSchoolId() {
        return Optional.ofNullable(schoolId);
    }

    public Optional<Instant> getLastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }
}
