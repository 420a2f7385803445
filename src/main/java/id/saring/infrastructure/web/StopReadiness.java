package id.saring.infrastructure.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready from the moment the server is told to stop (SIGTERM, Ctrl+C). Payara Micro then goes
 * on answering for its grace period ({@code --shutdowngrace}) before it stops; a balancer that
 * asks {@code /health/ready} sends no new work here meanwhile, and requests in flight finish.
 */
@Readiness
@ApplicationScoped
public class StopReadiness implements HealthCheck {

    private volatile boolean stopping;

    final Thread hook = new Thread(() -> stopping = true, "saring-stopping");

    void watch(@Observes @Initialized(ApplicationScoped.class) Object start) {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @PreDestroy
    void forget() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // The JVM is stopping: the hook has run or is running.
        }
    }

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse("accepting", stopping ? Status.DOWN : Status.UP, Optional.empty());
    }
}
