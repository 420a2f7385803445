package id.saring.lti.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Opens the account a checked LTI launch stands for ({@link LtiCredential}), if it is still open.
 * Never an administrator's: an LMS may let students and teachers in, not Saring's administrators.
 */
@ApplicationScoped
public class LtiIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof LtiCredential launched)) {
            return NOT_VALIDATED_RESULT;
        }
        Account account = accounts.findByUsername(launched.getUsername())
                .filter(Account::canLogIn)
                .filter(open -> open.getRole() != Role.ADMIN)
                .orElse(null);
        if (account == null) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                account.getUsername(), Set.of(account.getRole().name()));
    }
}
