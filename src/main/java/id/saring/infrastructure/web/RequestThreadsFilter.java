package id.saring.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Request threads run below the JVM's compiler threads, so that code run for the first time gets
 * compiled while a burst of requests waits for it. On a freshly started two-core server, 1,000
 * students arriving within a minute ran dozens of request threads at once on code not compiled
 * yet; the operating system shared the cores equally among all runnable threads, so the one C2
 * compiler thread got a few percent of a core (14-21% in the burst's first 15 s, against 80% in
 * runs where fewer threads waited), the code stayed slow and still more requests queued up
 * (benchmark, README "Performance"). With the JVM's thread priorities on (jvm.options:
 * {@code -XX:ThreadPriorityPolicy=1}, {@code -XX:CompilerThreadPriority=0}), a request thread at
 * {@link Thread#MIN_PRIORITY} runs at nice 4 and the compilers at nice 0: the compilers get about
 * two and a half times the share of a request thread. Raising a thread's nice needs no
 * privilege, so this works as any user. Request threads among themselves stay equal.
 */
@WebFilter(filterName = "requestThreads", urlPatterns = "/*")
public class RequestThreadsFilter extends HttpFilter {

    static final int PRIORITY = Thread.MIN_PRIORITY;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Thread thread = Thread.currentThread();
        if (thread.getPriority() != PRIORITY) {
            thread.setPriority(PRIORITY); // once per pooled thread: it keeps it for the next request
        }
        chain.doFilter(request, response);
    }
}
