package id.saring.identity.boundary;

import id.saring.identity.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one request has already read of accounts, by username: their id and chosen language. A page
 * asks for the caller's account id many times (every progress bar on Home, every check of a quiz
 * attempt's owner), each a query and a borrowed database connection before; an id never changes,
 * and whether the account may still log in is asked by {@link SecurityConfiguration}, not here.
 */
@RequestScoped
class KnownAccounts {

    /** An account as this request saw it. */
    record Known(long id, Optional<String> language) {}

    private final Map<String, Known> byUsername = new HashMap<>();

    Optional<Known> get(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    void remember(Account account) {
        byUsername.put(account.getUsername(), new Known(account.getId(), account.getLanguage()));
    }

    void forget(String username) {
        byUsername.remove(username);
    }
}
