package id.saring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;

/**
 * The HTTPS face of the test server (arquillian.xml: port {@value #PORT}, the certificate that
 * {@code package} made in data/tls), reached as a phone on the school's Wi-Fi reaches it: by this
 * machine's network address, not {@code localhost}.
 */
public final class Https {

    public static final int PORT = 28443;

    private static final Path KEY_STORE = Path.of("data", "tls", "saring.p12");

    private Https() {}

    /** The application's address over HTTPS at this machine's first non-loopback IPv4 address. */
    public static String base(URL plain) {
        return "https://" + networkAddress() + ":" + PORT + plain.getPath();
    }

    /**
     * The server key's SPKI hash, for Chromium's {@code --ignore-certificate-errors-spki-list}: the
     * test browser trusts this one certificate as a phone does once it installed the school's
     * authority, without touching the machine's trust store.
     */
    public static String serverKeyHash() {
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "saring-tls".toCharArray());
            byte[] key = store.getCertificate("saring").getPublicKey().getEncoded();
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no HTTPS certificate in " + KEY_STORE + " (made by 'mvn package')", e);
        }
    }

    static boolean certificateExists() {
        return Files.exists(KEY_STORE);
    }

    /**
     * This machine's first IPv4 address besides loopback that the certificate names: an interface
     * that appeared after {@code package} made the certificate (a container bridge) is not one.
     */
    private static String networkAddress() {
        java.util.Set<String> named = certificateAddresses();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && named.contains(address.getHostAddress())) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no network address of this machine is in the certificate: " + named);
    }

    private static java.util.Set<String> certificateAddresses() {
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "saring-tls".toCharArray());
            java.security.cert.X509Certificate certificate =
                    (java.security.cert.X509Certificate) store.getCertificate("saring");
            java.util.Set<String> addresses = new java.util.HashSet<>();
            for (java.util.List<?> name : certificate.getSubjectAlternativeNames()) {
                if (Integer.valueOf(7).equals(name.get(0))) { // 7: an IP address
                    addresses.add(String.valueOf(name.get(1)));
                }
            }
            return addresses;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no HTTPS certificate in " + KEY_STORE + " (made by 'mvn package')", e);
        }
    }
}
