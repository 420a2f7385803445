package id.saring.lti.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * The account an LTI launch that {@link LtiLaunches} checked completely stands for. Only {@link
 * LaunchServlet} makes one, after that check: nothing a browser sends becomes this credential
 * directly. A type of its own, so the password and card stores never see it.
 */
public final class LtiCredential implements Credential {

    private final String username;

    LtiCredential(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    @Override
    public boolean isValid() {
        return username != null && !username.isEmpty();
    }

    @Override
    public String toString() {
        return "LtiCredential[" + username + "]";
    }
}
