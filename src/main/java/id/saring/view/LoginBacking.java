package id.saring.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.saring.identity.IdentityMessages;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.boundary.DeviceCookie;
import id.saring.identity.boundary.LoginAttempts;
import id.saring.identity.boundary.SecurityConfiguration;
import id.saring.identity.boundary.SignIns;
import id.saring.identity.control.Username;
import id.saring.identity.entity.SignInProvider;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** login.xhtml: username and password, then back to where the person was going. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempts attempts;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    @Inject
    SignIns signIns;

    private String username;
    private String password;
    private List<SignInProvider> providers;

    /** The school identity providers offered beside the password form. */
    public List<SignInProvider> getProviders() {
        if (providers == null) {
            providers = signIns.offered();
        }
        return providers;
    }

    public void submit() throws IOException, ServletException {
        if (showThrottled()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getUserPrincipal() != null) {
            // Someone else is still logged in on this shared PC: they are logged out first.
            request.logout();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(
                                new UsernamePasswordCredential(Username.normalize(username), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            afterLogin(request, response);
            external.redirect(SecurityConfiguration.returnTo(request));
        } else if (!showThrottled()) {
            Messages.error(IdentityMessages.LOGIN_FAILED);
        }
    }

    /** A new session id (no fixation), and the language the person chose last time. */
    private void afterLogin(HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        accounts.findByUsername(username)
                .flatMap(account -> account.getLanguage())
                .ifPresent(language -> Languages.remember(language, request, response));
    }

    /** Whether a login as this username is refused for now from this browser, said in the page's language. */
    private boolean showThrottled() {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Optional<Instant> blockedUntil = attempts.blockedUntil(username, DeviceCookie.of(request));
        blockedUntil.ifPresent(until -> {
            long minutes = Math.max(
                    1, Duration.between(Instant.now(), until).plusSeconds(59).toMinutes());
            Messages.error(IdentityMessages.LOGIN_THROTTLED, minutes);
        });
        return blockedUntil.isPresent();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
