package id.saring.identity.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import id.saring.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks a login card's secret: its SHA-256 names at most one account, which must be an open
 * student's. A scan costs one hash and one indexed lookup, no PBKDF2, and no failed-login counting
 * ({@link LoginAttempts} is for passwords): a wrong secret is answered by {@link CardLoginServlet}.
 */
@ApplicationScoped
public class CardIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof CardCredential card)) {
            return NOT_VALIDATED_RESULT;
        }
        Account account = accounts.findByCard(card.getSecret())
                .filter(Account::canLogInWithCard)
                .orElse(null);
        if (account == null) {
            return INVALID_RESULT;
        }
        accounts.recordLogin(account.getUsername());
        return new CredentialValidationResult(
                account.getUsername(), Set.of(account.getRole().name()));
    }
}
