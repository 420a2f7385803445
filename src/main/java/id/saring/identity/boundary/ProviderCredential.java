package id.saring.identity.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * A school address a connected identity provider vouched for, in an ID token {@link SignIns}
 * checked completely. Only {@link SignInCallbackServlet} makes one, after that check: nothing a
 * browser sends becomes this credential directly. A type of its own, so that {@link
 * AccountIdentityStore} (passwords) and {@link CardIdentityStore} (cards) never see it.
 */
public final class ProviderCredential implements Credential {

    private final String address;

    ProviderCredential(String address) {
        this.address = address;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public boolean isValid() {
        return address != null && !address.isEmpty();
    }

    @Override
    public String toString() {
        return "ProviderCredential[" + address + "]";
    }
}
