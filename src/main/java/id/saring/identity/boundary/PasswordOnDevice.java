package id.saring.identity.boundary;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.Objects;
import java.util.Optional;

/** A typed username and password with the device token of the browser they were typed in, if any. */
public class PasswordOnDevice extends UsernamePasswordCredential {

    private final Optional<String> deviceToken;

    public PasswordOnDevice(UsernamePasswordCredential typed, Optional<String> deviceToken) {
        super(typed.getCaller(), new Password(typed.getPasswordAsString()));
        this.deviceToken = Objects.requireNonNull(deviceToken);
    }

    public Optional<String> getDeviceToken() {
        return deviceToken;
    }
}
