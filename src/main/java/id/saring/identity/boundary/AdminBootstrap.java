package id.saring.identity.boundary;

import id.saring.identity.control.PasswordGenerator;
import id.saring.identity.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new installation can be administered: when the database holds no administrator,
 * one is created from configuration, or with a generated password printed once to the log.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "saring.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "saring.admin.password")
    Optional<String> configuredPassword;

    void createFirstAdministrator(
            @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object start) {
        if (accounts.hasAny(Role.ADMIN)) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(() -> PasswordGenerator.generate(14));
        try {
            accounts.create(username, "Administrator", Role.ADMIN, password);
        } catch (AccountException e) {
            throw new IllegalStateException(
                    "Cannot create the first administrator '" + username
                            + "' from saring.admin.username / saring.admin.password: " + e.getMessageKey(),
                    e);
        }
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info(() -> "Created administrator '" + username + "' with the password from saring.admin.password.");
        } else {
            LOG.warning(() -> "\n\n=== Saring: first administrator created ===\n"
                    + "    username: " + username + "\n"
                    + "    password: " + password + "\n"
                    + "This password is shown only once. Log in and change it (Akun > Ganti kata sandi).\n");
        }
    }
}
