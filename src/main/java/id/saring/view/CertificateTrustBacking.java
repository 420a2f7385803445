package id.saring.view;

import id.saring.infrastructure.web.CertificateAuthority;
import id.saring.infrastructure.web.CertificateAuthorityServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** sertifikat.xhtml: how a phone, a tablet or a school PC comes to trust this Saring's HTTPS address. */
@Named("trust")
@RequestScoped
public class CertificateTrustBacking {

    @Inject
    CertificateAuthority authority;

    private Optional<String> fingerprint;

    public boolean isOwnAuthority() {
        return getFingerprint().isPresent();
    }

    public Optional<String> getFingerprint() {
        if (fingerprint == null) {
            fingerprint = authority.fingerprint();
        }
        return fingerprint;
    }

    public String getDownloadPath() {
        return CertificateAuthorityServlet.PATH;
    }
}
