package id.saring.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.infrastructure.JvmOptionsTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A request runs below the JIT compilers, and every start of Saring asks the JVM for that. */
class RequestThreadsFilterTest {

    @Test
    void aRequestThreadRunsAtTheLowestPriorityFromItsFirstRequestOn() throws Exception {
        AtomicInteger during = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        Thread thread = new Thread(() -> {
            try {
                for (int i = 0; i < 2; i++) {
                    new RequestThreadsFilter().doFilter(null, null, (request, response) -> {
                        calls.incrementAndGet();
                        during.set(Thread.currentThread().getPriority());
                    });
                }
            } catch (IOException | jakarta.servlet.ServletException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.setPriority(Thread.NORM_PRIORITY);
        thread.start();
        thread.join();
        assertEquals(2, calls.get(), "the request went on, each time");
        assertEquals(Thread.MIN_PRIORITY, during.get());
    }

    @Test
    void itIsTheFirstFilterAndTheJvmTurnsPrioritiesIntoNiceValues() throws IOException {
        String web = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        int first = web.indexOf("<filter-mapping>");
        assertTrue(web.indexOf("<filter-name>requestThreads</filter-name>", first) - first < 40, "mapped first");
        assertTrue(JvmOptionsTest.options().contains("-XX:ThreadPriorityPolicy=1"));
        assertTrue(JvmOptionsTest.options().contains("-XX:CompilerThreadPriority=0"));
    }
}
