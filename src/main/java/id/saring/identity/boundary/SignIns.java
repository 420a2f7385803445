package id.saring.identity.boundary;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.identity.control.IdTokenCheck;
import id.saring.identity.control.SchoolAddress;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.SignInProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in with a school's identity provider: OpenID Connect's authorization code flow with PKCE,
 * a state bound to the browser's session and a nonce bound to the ID token. {@link #start} makes
 * the address the browser is sent to and what the session must remember; {@link #finish} redeems
 * the code, checks the ID token ({@link IdTokenCheck}) and says who may come in: only a person whose
 * verified school address, in a domain the provider vouches for, is recorded on an open account.
 * An unknown address never opens or creates anything.
 */
@ApplicationScoped
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    @Inject
    SignInProviders providers;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    /** What the session keeps between sending the browser to the provider and its coming back. */
    public record Pending(long providerId, String state, String nonce, String verifier, String redirectUri)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Where the browser goes to sign in, and what to remember for its return. */
    public record Started(URI authorization, Pending pending) {}

    /** How a sign-in ended. */
    public sealed interface Outcome {}

    /** The provider vouched for an address that is recorded on this open account. */
    public record Known(Account account, SignInProvider provider, String subject) implements Outcome {}

    /**
     * The provider vouched for an address recorded on an open account, but for another person than
     * the one who signed in with it first (the school gave the address to someone else).
     */
    public record OtherPerson(String address) implements Outcome {}

    /** The provider vouched for a person Saring has no (open) account for; the address, if it gave one. */
    public record Unlinked(Optional<String> address) implements Outcome {}

    /** The person went back without signing in at the provider. */
    public record Cancelled() implements Outcome {}

    /** Something did not check out (state, code, token, provider down); the details are in the log. */
    public record Failed() implements Outcome {}

    /** The providers a person can choose on the login page. */
    public List<SignInProvider> offered() {
        return providers.all();
    }

    /** A new sign-in with this provider, or empty when it is unknown or does not answer. */
    public Optional<Started> start(Long providerId, String redirectUri) {
        return providers
                .find(providerId)
                .flatMap(provider -> providers.discovered(provider).map(discovered -> {
                    State state = new State();
                    Nonce nonce = new Nonce();
                    CodeVerifier verifier = new CodeVerifier();
                    URI authorization = new AuthenticationRequest.Builder(
                                    new ResponseType(ResponseType.Value.CODE),
                                    new Scope("openid", "email", "profile"),
                                    new ClientID(provider.getClientId()),
                                    URI.create(redirectUri))
                            .endpointURI(discovered.metadata().getAuthorizationEndpointURI())
                            .state(state)
                            .nonce(nonce)
                            .codeChallenge(verifier, CodeChallengeMethod.S256)
                            .build()
                            .toURI();
                    return new Started(
                            authorization,
                            new Pending(
                                    provider.getId(),
                                    state.getValue(),
                                    nonce.getValue(),
                                    verifier.getValue(),
                                    redirectUri));
                }));
    }

    /**
     * Ends a sign-in the provider sent the browser back from.
     *
     * @param pending what the session remembered, or null when it remembers nothing
     * @param state, code, error the parameters the provider sent back
     */
    public Outcome finish(Pending pending, String state, String code, String error) {
        if (pending == null || state == null || !sameText(pending.state(), state)) {
            LOG.info("A sign-in came back with a state this session did not send");
            return new Failed();
        }
        if (error != null) {
            return "access_denied".equals(error) ? new Cancelled() : failed("the provider answered " + error, null);
        }
        if (code == null || code.isBlank()) {
            return failed("the provider sent no code", null);
        }
        Optional<SignInProvider> found = providers.find(pending.providerId());
        if (found.isEmpty()) {
            return failed("the provider was disconnected during the sign-in", null);
        }
        SignInProvider provider = found.get();
        Optional<SignInProviders.Discovered> discovered = providers.discovered(provider);
        if (discovered.isEmpty()) {
            return failed("the provider " + provider.getIssuer() + " does not answer", null);
        }
        IdTokenCheck.Verified verified;
        try {
            String idToken = redeem(provider, discovered.get().metadata(), pending, code);
            verified = discovered.get().check().verify(idToken, pending.nonce());
        } catch (IdTokenCheck.Refused e) {
            return failed("an ID token from " + provider.getIssuer() + " was refused: " + e.getMessage(), e);
        } catch (IOException | ParseException | RuntimeException e) {
            return failed("the code could not be redeemed at " + provider.getIssuer(), e);
        }
        Optional<String> address = verified.address();
        Optional<Account> account = address.filter(email -> provider.vouchesFor(SchoolAddress.domainOf(email)))
                .flatMap(accounts::findByEmail)
                .filter(Account::canLogIn);
        if (account.isEmpty()) {
            // Recorded with the address only when it is in the provider's domains (someone of the school).
            String vouched = address.filter(email -> provider.vouchesFor(SchoolAddress.domainOf(email)))
                    .orElse("-");
            audit.record(AuditEvent.Action.SIGN_IN_REFUSED, vouched, provider.getName());
            return new Unlinked(address);
        }
        if (!account.get().admitsSignIn(provider.getIssuer(), verified.subject())) {
            audit.record(AuditEvent.Action.SIGN_IN_OTHER_PERSON, account.get().getUsername(), provider.getName());
            return new OtherPerson(account.get().getEmail().orElseThrow());
        }
        return new Known(account.get(), provider, verified.subject());
    }

    /** The authorization code exchanged for tokens at the provider's token endpoint; the ID token's text. */
    private static String redeem(SignInProvider provider, OIDCProviderMetadata metadata, Pending pending, String code)
            throws IOException, ParseException {
        ClientID client = new ClientID(provider.getClientId());
        Secret secret = new Secret(provider.getClientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        ClientAuthentication authentication = methods != null
                        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(client, secret)
                : new ClientSecretBasic(client, secret);
        HTTPRequest request = new TokenRequest(
                        metadata.getTokenEndpointURI(),
                        authentication,
                        new AuthorizationCodeGrant(
                                new AuthorizationCode(code),
                                URI.create(pending.redirectUri()),
                                new CodeVerifier(pending.verifier())))
                .toHTTPRequest();
        request.setConnectTimeout(SignInProviders.CONNECT_MILLIS);
        request.setReadTimeout(SignInProviders.READ_MILLIS);
        TokenResponse response = OIDCTokenResponseParser.parse(request.send());
        if (!response.indicatesSuccess()) {
            throw new IOException("token endpoint: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        return ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDTokenString();
    }

    /** Records a sign-in through a provider in the audit trail (the person is the caller by now). */
    public void recordSignIn(Known known) {
        accounts.recordSignIn(known.account().getUsername(), known.provider().getIssuer(), known.subject());
        audit.record(
                AuditEvent.Action.SIGNED_IN_WITH_PROVIDER,
                known.account().getUsername(),
                known.provider().getName());
    }

    private static Failed failed(String reason, Throwable cause) {
        LOG.log(Level.WARNING, "Sign-in with a school's provider failed: " + reason, cause);
        return new Failed();
    }

    private static boolean sameText(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
