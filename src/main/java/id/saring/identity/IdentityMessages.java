package id.saring.identity;

import id.saring.identity.entity.Role;
import id.saring.infrastructure.i18n.MessageKeys;

/** What accounts, passwords, schools and logging in say, and the names of the roles. */
@MessageKeys
public final class IdentityMessages {

    public static final String ACCOUNT_DISPLAY_NAME_REQUIRED = "account.displayNameRequired";
    public static final String ACCOUNT_NOT_FOUND = "account.notFound";
    public static final String ACCOUNT_ADDRESS_INVALID = "account.addressInvalid";
    public static final String ACCOUNT_ADDRESS_TAKEN = "account.addressTaken";
    public static final String PROVIDER_NAME_REQUIRED = "provider.nameRequired";
    public static final String PROVIDER_ISSUER_INVALID = "provider.issuerInvalid";
    public static final String PROVIDER_UNREACHABLE = "provider.unreachable";
    public static final String PROVIDER_CLIENT_REQUIRED = "provider.clientRequired";
    public static final String PROVIDER_DOMAINS_INVALID = "provider.domainsInvalid";
    public static final String PROVIDER_TAKEN = "provider.taken";
    public static final String PROVIDER_NOT_FOUND = "provider.notFound";
    public static final String ACCOUNT_USERNAME_INVALID = "account.usernameInvalid";
    public static final String ACCOUNT_USERNAME_TAKEN = "account.usernameTaken";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_THROTTLED = "login.throttled";
    public static final String PASSWORD_CHANGED = "password.changed";
    public static final String PASSWORD_CURRENT_WRONG = "password.currentWrong";
    public static final String PASSWORD_MISMATCH = "password.mismatch";
    public static final String PASSWORD_SAME_AS_USERNAME = "password.sameAsUsername";
    public static final String PASSWORD_TOO_COMMON = "password.tooCommon";
    public static final String PASSWORD_TOO_LONG = "password.tooLong";
    public static final String PASSWORD_TOO_SHORT = "password.tooShort";
    public static final String SCHOOL_CITY_REQUIRED = "school.cityRequired";
    public static final String SCHOOL_NAME_REQUIRED = "school.nameRequired";
    public static final String SCHOOL_NOT_FOUND = "school.notFound";
    public static final String SCHOOL_TAKEN = "school.taken";
    public static final String ROLE_STUDENT = "role.STUDENT";
    public static final String ROLE_TEACHER = "role.TEACHER";
    public static final String ROLE_ADMIN = "role.ADMIN";

    private IdentityMessages() {}

    public static String role(Role role) {
        return switch (role) {
            case STUDENT -> ROLE_STUDENT;
            case TEACHER -> ROLE_TEACHER;
            case ADMIN -> ROLE_ADMIN;
        };
    }
}
