package id.saring.identity.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import id.saring.identity.control.PasswordHashing;
import id.saring.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks usernames and passwords against the accounts in the database. A username blocked for the
 * browser the password was typed in ({@link LoginAttempts}) is refused before its password is even
 * looked at; unknown users cost the same time as known ones.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHashing hashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        Optional<String> device =
                login instanceof PasswordOnDevice onDevice ? onDevice.getDeviceToken() : Optional.empty();
        if (attempts.blockedUntil(username, device).isPresent()) {
            return INVALID_RESULT;
        }
        String password = login.getPasswordAsString();
        Optional<Account> account = accounts.findByUsername(username);
        boolean valid = account.isPresent()
                ? hashing.matches(password, account.get().getPasswordHash())
                        && account.get().canLogIn()
                : hashing.matchesNothing(password);
        if (!valid) {
            recordFailure(username, device);
            return INVALID_RESULT;
        }
        Account known = account.get();
        accounts.recordLogin(known.getUsername());
        return new CredentialValidationResult(
                known.getUsername(), Set.of(known.getRole().name()));
    }

    private void recordFailure(String username, Optional<String> device) {
        try {
            attempts.recordFailure(username, device);
        } catch (RuntimeException concurrentFailure) {
            // Two failures for one name at the same instant: one of them is counted, which is enough.
            LOG.log(Level.FINE, "Failed login not counted", concurrentFailure);
        }
        String printable = username == null ? "" : username.replaceAll("[^\\p{Alnum}._-]", "?");
        LOG.info(() -> "Failed login for username '" + printable.substring(0, Math.min(printable.length(), 40)) + "'");
    }
}
