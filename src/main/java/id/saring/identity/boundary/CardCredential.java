package id.saring.identity.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * The secret a login card's QR code carried to {@link CardLoginServlet}. A credential type of its
 * own, so that {@link AccountIdentityStore} (passwords, counted and throttled by {@link
 * LoginAttempts}) never sees it and {@link CardIdentityStore} sees nothing else: password guessing
 * cannot block a card, and a card cannot open an account by its password.
 */
public final class CardCredential implements Credential {

    private final String secret;

    public CardCredential(String secret) {
        this.secret = secret;
    }

    public String getSecret() {
        return secret;
    }

    @Override
    public boolean isValid() {
        return secret != null && !secret.isEmpty();
    }

    @Override
    public String toString() {
        return "CardCredential[secret hidden]";
    }
}
