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
 * Opens the account a verified school address is recorded on ({@link ProviderCredential}), if it
 * is still open. No password is involved, and no failed-login counting: a wrong address cannot be
 * guessed through here, because only a checked ID token becomes such a credential.
 */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ProviderCredential vouched)) {
            return NOT_VALIDATED_RESULT;
        }
        Account account = accounts.findByEmail(vouched.getAddress())
                .filter(Account::canLogIn)
                .orElse(null);
        if (account == null) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                account.getUsername(), Set.of(account.getRole().name()));
    }
}
