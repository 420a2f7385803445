package id.saring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator's own CPU time and JIT compilation time, once a second, written as
 * {@code loadgen-<phase>.csv} (ms,cpu_ms,jit_ms): Gatling runs on the same machine as Saring, in a
 * JVM that is started cold for every phase, so the report can say how much of the machine it
 * took while the server's requests were slow.
 */
final class OwnCpu {

    private final List<String> lines = new ArrayList<>(List.of("ms,cpu_ms,jit_ms"));
    private final Thread sampler = Thread.ofPlatform().daemon().name("bench-own-cpu").unstarted(this::sample);

    static OwnCpu start() {
        OwnCpu cpu = new OwnCpu();
        cpu.sampler.start();
        return cpu;
    }

    private void sample() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (lines) {
                    lines.add(System.currentTimeMillis() + "," + os.getProcessCpuTime() / 1_000_000 + ","
                            + jit.getTotalCompilationTime());
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    void write(String phase) {
        sampler.interrupt();
        try {
            Files.createDirectories(Bench.OUT);
            synchronized (lines) {
                Files.write(Bench.OUT.resolve("loadgen-" + phase + ".csv"), lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
