import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes the HTTPS certificate of a Saring server on a school network, once, before Payara Micro
 * starts (it reads its key store when it boots). Run with the JDK's source launcher, nothing to build:
 *
 * <pre>java src/main/payara/SchoolCertificate.java [folder] [extra names...]</pre>
 *
 * <p>A school has no public domain name for a server in its computer lab, so no public authority
 * can vouch for it. Saring becomes its own small authority instead: a CA made on the first start
 * and kept (its certificate, {@code saring-ca.crt}, is what a phone or PC is told to trust once),
 * and a server certificate signed by it for every name and address the server is reached by (its
 * host name, every address of its network interfaces, {@code localhost}, and the names in
 * {@code SARING_TLS_NAMES}). When an address changes, or the certificate nears its end, only the
 * server certificate is made again, so devices that trust the CA keep trusting the server.
 *
 * <p>A school that has its own certificate names its PKCS#12 file in {@code SARING_TLS_KEYSTORE}
 * (alias {@code saring}, password in {@code SARING_TLS_PASSWORD}); then nothing is made here.
 *
 * <p>Writes into the folder (default {@code data/tls}): {@code saring.p12} (the key store Payara
 * Micro serves, password {@value #PASSWORD}: the file's permissions protect it, a password kept
 * beside it would not), {@code saring.pem} (the same key and chain for HAProxy), {@code
 * saring-ca.p12} (the authority's key, never leaves the server) and {@code saring-ca.crt}.
 * Uses the JDK's keytool: elliptic-curve keys (P-256), cheap to handshake on a 2-core server and
 * understood by every phone of the last ten years.
 */
public class SchoolCertificate {

    static final String PASSWORD = "saring-tls";
    static final String ALIAS = "saring";
    static final String CA_ALIAS = "saring-ca";

    /** Browsers refuse server certificates valid longer than 398 days. */
    static final int SERVER_DAYS = 397;

    static final int CA_DAYS = 3650;

    /** A server certificate this close to its end is made again at the next start. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "data/tls");
        if (System.getenv("SARING_TLS_KEYSTORE") != null && !System.getenv("SARING_TLS_KEYSTORE").isBlank()) {
            System.out.println("HTTPS: the school's own certificate in " + System.getenv("SARING_TLS_KEYSTORE"));
            return;
        }
        Set<String> names = names(List.of(args).subList(Math.min(1, args.length), args.length));
        Files.createDirectories(folder);
        Path ca = folder.resolve("saring-ca.p12");
        Path server = folder.resolve("saring.p12");
        if (!Files.exists(ca)) {
            makeAuthority(ca, folder.resolve("saring-ca.crt"));
        }
        if (stillGood(server, names)) {
            System.out.println("HTTPS: certificate in " + server + " still covers " + String.join(", ", names));
            return;
        }
        makeServerCertificate(folder, ca, server, names);
        writePem(server, folder.resolve("saring.pem"));
        System.out.println("HTTPS: new certificate in " + server + " for " + String.join(", ", names));
        System.out.println("       Devices trust it once they trust " + folder.resolve("saring-ca.crt")
                + " (Saring shows how at /sertifikat.xhtml).");
    }

    /** Every name and address the server may be reached by. */
    static Set<String> names(List<String> extra) throws SocketException {
        Set<String> names = new LinkedHashSet<>();
        names.add("localhost");
        String host = hostName();
        if (host != null) {
            names.add(host);
        }
        String configured = System.getenv("SARING_TLS_NAMES");
        if (configured != null) {
            for (String name : configured.split("[,\\s]+")) {
                if (!name.isBlank()) {
                    addIfValid(names, name.trim());
                }
            }
        }
        extra.forEach(name -> addIfValid(names, name));
        names.add("127.0.0.1");
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!(address instanceof Inet6Address) && !address.isLoopbackAddress()) {
                    names.add(address.getHostAddress());
                }
            }
        }
        return names;
    }

    /** A host name or an IPv4 address; anything else is named and left out, never a failed start. */
    private static void addIfValid(Set<String> names, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            names.add(lower);
        } else {
            System.out.println("HTTPS: '" + name + "' is not a host name or an address; left out of the certificate");
        }
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            return name.matches("[a-z0-9.-]+") ? name : null;
        } catch (IOException unknown) {
            return null;
        }
    }

    /** The key store exists, covers every name and is far from its end. */
    static boolean stillGood(Path server, Set<String> names) throws Exception {
        if (!Files.exists(server)) {
            return false;
        }
        KeyStore store = load(server);
        if (!(store.getCertificate(ALIAS) instanceof X509Certificate certificate)) {
            return false;
        }
        if (certificate.getNotAfter().toInstant().isBefore(Instant.now().plus(RENEW_BEFORE))) {
            return false;
        }
        return subjectNames(certificate).containsAll(names);
    }

    static Set<String> subjectNames(X509Certificate certificate) throws CertificateParsingException {
        Set<String> names = new LinkedHashSet<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            alternatives.forEach(entry -> names.add(String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    private static void makeAuthority(Path ca, Path caCertificate) throws Exception {
        String host = hostName();
        keytool("-genkeypair", "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", CA_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", String.valueOf(CA_DAYS),
                "-dname", "CN=Saring " + (host == null ? "sekolah" : host) + " CA, O=Saring",
                "-ext", "bc:c=ca:true,pathlen:0", "-ext", "ku:c=keyCertSign,cRLSign");
        keytool("-exportcert", "-rfc", "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", CA_ALIAS, "-file", caCertificate.toString());
        restrict(ca);
    }

    private static void makeServerCertificate(Path folder, Path ca, Path server, Set<String> names) throws Exception {
        Path fresh = folder.resolve("saring.p12.new");
        Path request = folder.resolve("saring.csr");
        Path signed = folder.resolve("saring.crt");
        Files.deleteIfExists(fresh);
        String common = names.stream().filter(n -> !n.equals("localhost") && !n.matches("[0-9.]+")).findFirst()
                .orElse("localhost");
        keytool("-genkeypair", "-keystore", fresh.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + common + ", O=Saring");
        keytool("-certreq", "-keystore", fresh.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", ALIAS, "-file", request.toString());
        keytool("-gencert", "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", CA_ALIAS, "-infile", request.toString(), "-outfile", signed.toString(), "-rfc",
                "-validity", String.valueOf(SERVER_DAYS), "-ext", "san=" + subjectAlternativeNames(names),
                "-ext", "eku=serverAuth", "-ext", "ku:c=digitalSignature");
        keytool("-importcert", "-noprompt", "-keystore", fresh.toString(), "-storetype", "PKCS12", "-storepass",
                PASSWORD, "-alias", CA_ALIAS, "-file", folder.resolve("saring-ca.crt").toString());
        keytool("-importcert", "-noprompt", "-keystore", fresh.toString(), "-storetype", "PKCS12", "-storepass",
                PASSWORD, "-alias", ALIAS, "-file", signed.toString());
        Files.delete(request);
        Files.delete(signed);
        restrict(fresh);
        Files.move(fresh, server, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String subjectAlternativeNames(Set<String> names) {
        List<String> entries = new ArrayList<>();
        for (String name : names) {
            entries.add((name.matches("[0-9.]+") ? "ip:" : "dns:") + name);
        }
        return String.join(",", entries);
    }

    /** The key and its chain in one PEM file, as HAProxy's {@code crt} wants it. */
    private static void writePem(Path server, Path pem) throws Exception {
        KeyStore store = load(server);
        Key key = store.getKey(ALIAS, PASSWORD.toCharArray());
        StringBuilder text = new StringBuilder();
        for (Certificate certificate : store.getCertificateChain(ALIAS)) {
            text.append(pem("CERTIFICATE", certificate.getEncoded()));
        }
        text.append(pem("PRIVATE KEY", key.getEncoded()));
        Files.writeString(pem, text.toString(), StandardCharsets.US_ASCII);
        restrict(pem);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed:\n" + output);
        }
    }
}
