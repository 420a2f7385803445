package id.saring.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StopReadinessTest {

    @Test
    void readyUntilTheServerIsToldToStop() {
        StopReadiness readiness = new StopReadiness();
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());

        readiness.hook.run();

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
        assertEquals("accepting", readiness.call().getName());
    }
}
