package id.saring.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The school's own certificate authority that {@code src/main/payara/SchoolCertificate.java} made
 * before Saring started ({@code saring-ca.crt} in {@code saring.tls.dir}): a phone that trusts it
 * trusts Saring's HTTPS address. Empty when the school brought its own certificate.
 */
@ApplicationScoped
public class CertificateAuthority {

    static final String FILE = "saring-ca.crt";

    @Inject
    @ConfigProperty(name = "saring.tls.dir", defaultValue = "data/tls")
    String folder;

    /** The certificate as the file holds it (PEM), for a phone to install. */
    public Optional<byte[]> pem() {
        Path file = Path.of(folder, FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * SHA-256 of the certificate, as phones show it ("AB:CD:..."): the teacher compares it on the
     * phone before trusting, so a certificate swapped on the way is noticed.
     */
    public Optional<String> fingerprint() {
        return pem().map(CertificateAuthority::sha256);
    }

    private static String sha256(byte[] pem) {
        try (InputStream in = new java.io.ByteArrayInputStream(pem)) {
            X509Certificate certificate =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (IOException | CertificateException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("unreadable " + FILE, e);
        }
    }
}
