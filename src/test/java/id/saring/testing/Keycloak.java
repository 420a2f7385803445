package id.saring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real OpenID provider for the tests: Keycloak's server distribution (unpacked by the build into
 * {@code target/keycloak}, execution {@code keycloak-for-tests}), started in development mode on a
 * free port with one realm imported from {@code src/test/resources/keycloak}, and stopped with
 * {@link #close}. Its database starts empty every time. The integration tests run under the shared
 * IT lock, so the port and the machine's two cores are not fought over.
 */
public final class Keycloak implements AutoCloseable {

    /** How long a start may take on a busy two-core machine (about a minute here, more the first time). */
    private static final Duration START = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final String realm;

    private final String issuerBase;

    private Keycloak(Process process, int port, String realm, String issuerBase) {
        this.process = process;
        this.port = port;
        this.realm = realm;
        this.issuerBase = issuerBase;
    }

    /** Starts Keycloak with {@code src/test/resources/keycloak/<realm>-realm.json} and waits until the realm answers. */
    public static Keycloak start(String realm) {
        try {
            return start(realm, freePort(), null, UnaryOperator.identity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts Keycloak on {@code port} as if it were at {@code front} (its {@code --hostname}: the
     * issuer and every endpoint it announces are there, e.g. a proxy in front of it), with the realm
     * file as {@code edit} changes it.
     *
     * @param front the address Keycloak says it is at, or null for its own
     */
    public static Keycloak start(String realm, int port, URI front, UnaryOperator<String> edit) {
        Path home = home();
        try {
            Path data = home.resolve("data");
            if (Files.isDirectory(data)) {
                try (Stream<Path> old = Files.walk(data)) {
                    old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                }
            }
            Path imports = Files.createDirectories(data.resolve("import"));
            try (InputStream json = Keycloak.class.getResourceAsStream("/keycloak/" + realm + "-realm.json")) {
                if (json == null) {
                    throw new IllegalStateException("No realm file keycloak/" + realm + "-realm.json");
                }
                Files.writeString(
                        imports.resolve(realm + "-realm.json"),
                        edit.apply(new String(json.readAllBytes(), StandardCharsets.UTF_8)));
            }
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--http-host=127.0.0.1",
                    "--import-realm"));
            if (front != null) {
                command.add("--hostname=" + front);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment()
                    .put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m --add-opens java.base/java.lang=ALL-UNNAMED");
            String issuerBase = front == null ? "http://localhost:" + port : stripSlash(front.toString());
            Keycloak keycloak = new Keycloak(builder.start(), port, realm, issuerBase);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
            keycloak.awaitRealm();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** The realm's issuer, as Saring's administrator types it. */
    public String issuer() {
        return issuerBase + "/realms/" + realm;
    }

    private void awaitRealm() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // Asked directly, not through the address it announces (a proxy there may not forward yet).
        URI discovery =
                URI.create("http://localhost:" + port + "/realms/" + realm + "/.well-known/openid-configuration");
        Instant giveUp = Instant.now().plus(START);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting: see target/keycloak.log");
            }
            try {
                HttpResponse<Void> answer = client.send(
                        HttpRequest.newBuilder(discovery)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + START + ": see target/keycloak.log");
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path home() {
        try (Stream<Path> unpacked = Files.list(Path.of("target", "keycloak"))) {
            return unpacked.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "No Keycloak under target/keycloak: run 'mvn -o dependency:unpack@keycloak-for-tests' (or mvn verify)",
                    e);
        }
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
