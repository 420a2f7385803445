package id.saring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server starts only once the HTTPS port is free. The tests hold a port of their own, not 28443,
 * which a test server of another run on this machine may hold.
 */
class FreeHttpsPortTest {

    @Test
    void theWaitEndsOnceTheStoppingServerLetsThePortGo() throws Exception {
        ServerSocket stopping = listening();
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(
                    () -> {
                        stopping.close();
                        return null;
                    },
                    600,
                    TimeUnit.MILLISECONDS);

            Duration waited = FreeHttpsPort.untilFree(stopping.getLocalPort(), Duration.ofSeconds(10));

            assertTrue(stopping.isClosed(), "the wait ended while the port was still held");
            assertTrue(waited.compareTo(Duration.ofMillis(500)) >= 0, "waited only " + waited);
        } finally {
            later.shutdownNow();
            stopping.close();
        }
    }

    @Test
    void aFreePortNeedsNoWait() throws Exception {
        int port;
        try (ServerSocket gone = listening()) {
            port = gone.getLocalPort();
        }

        assertEquals(Duration.ZERO, FreeHttpsPort.untilFree(port, Duration.ofSeconds(10)));
    }

    @Test
    void aPortHeldForGoodFailsClearlyAfterTheLimit() throws Exception {
        try (ServerSocket held = listening()) {
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> FreeHttpsPort.untilFree(held.getLocalPort(), Duration.ofMillis(500)));

            assertTrue(failure.getMessage().contains(String.valueOf(held.getLocalPort())), failure.getMessage());
        }
    }

    @Test
    void onlyAContainerWithHttpsWaits() {
        assertEquals(
                OptionalInt.of(28443),
                FreeHttpsPort.sslPort(
                        "--prebootcommandfile src/main/payara/preboot.txt --sslport 28443 --sslcert saring"));
        assertEquals(OptionalInt.empty(), FreeHttpsPort.sslPort("--prebootcommandfile src/main/payara/preboot.txt"));
        assertEquals(OptionalInt.empty(), FreeHttpsPort.sslPort(null));
    }

    /** A listener on the wildcard address, as Payara's; on a port the system picks. */
    private static ServerSocket listening() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(0));
        return socket;
    }
}
