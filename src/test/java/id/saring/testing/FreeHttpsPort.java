package id.saring.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Starts a test class's Payara Micro only once its fixed HTTPS port ({@code --sslport} in
 * arquillian.xml, {@link Https#PORT}) is free.
 *
 * <p>Every integration test class runs in its own JVM with its own Payara Micro. The connector
 * (arquillian-payara-micro-managed 3.1) starts the server when it deploys and, on undeploy, only
 * asks it to stop ({@code Process.destroy()}) without waiting, so the JVM can end while that server
 * still listens. The HTTP port is random, but the HTTPS one is not: a next class whose server started
 * then would have Payara exit on the taken port, and the class would time out after 240 s. The port
 * stays fixed because the HTTPS browser test and its certificate trust name it.
 */
public final class FreeHttpsPort implements LoadableExtension {

    static final Duration LIMIT = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(200);

    private static final Pattern SSL_PORT = Pattern.compile("--sslport\\s+(\\d+)");

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Wait.class);
    }

    /** Observes each deployment before the connector starts the server for it. */
    public static final class Wait {

        @Inject
        private Instance<Container> container;

        public void beforeDeploy(@Observes BeforeDeploy deploying) {
            String options = container
                    .get()
                    .getContainerConfiguration()
                    .getContainerProperties()
                    .get("extraMicroOptions");
            OptionalInt port = sslPort(options);
            if (port.isEmpty()) {
                return;
            }
            Duration waited = untilFree(port.getAsInt(), LIMIT);
            if (!waited.isZero()) {
                System.err.println("Port " + port.getAsInt() + " was still held (the previous test class's Payara"
                        + " Micro stopping?): the server starts after " + waited.toMillis() + " ms");
            }
        }
    }

    /** The HTTPS port the server is told to listen on, if any (the PostgreSQL container has none). */
    static OptionalInt sslPort(String extraMicroOptions) {
        if (extraMicroOptions == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = SSL_PORT.matcher(extraMicroOptions);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /**
     * Waits until {@code port} can be bound, looking every 200 ms; how long it waited (zero when the
     * port was free at once). Past {@code limit} the port is someone else's for good: a clear failure
     * instead of Payara's 240 s time-out.
     */
    static Duration untilFree(int port, Duration limit) {
        long start = System.nanoTime();
        Duration waited = Duration.ZERO;
        while (!canBind(port)) {
            if (waited.compareTo(limit) >= 0) {
                throw new IllegalStateException("Port " + port + " is still held after " + limit.toSeconds()
                        + " s: another process listens there (a test server that did not stop?)");
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for port " + port, e);
            }
            waited = Duration.ofNanos(System.nanoTime() - start);
        }
        return waited;
    }

    /**
     * Whether a listener could take the port on the wildcard address, where Payara listens (on every
     * interface, IPv4 and IPv6). Address reuse as Grizzly has it: connections of the stopped server
     * left in TIME_WAIT do not keep the new one out, a listening socket does.
     */
    private static boolean canBind(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException held) {
            return false;
        }
    }
}
