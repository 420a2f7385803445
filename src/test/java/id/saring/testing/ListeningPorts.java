package id.saring.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP ports a server process listens on, read from Linux's /proc: the process is found by one
 * port it is known to listen on (the test server's HTTP port), so other servers on the same shared
 * machine (another test run, a cluster) are never counted.
 */
public final class ListeningPorts {

    private static final String LISTEN = "0A";

    private ListeningPorts() {}

    public static Set<Integer> ofProcessListeningOn(int knownPort) throws IOException {
        Map<String, Integer> portByInode = listeningSockets();
        String known = portByInode.entrySet().stream()
                .filter(e -> e.getValue() == knownPort)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("nothing listens on " + knownPort));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                Set<String> sockets = socketsOf(process);
                if (sockets.contains(known)) {
                    Set<Integer> ports = new TreeSet<>();
                    sockets.stream().filter(portByInode::containsKey).forEach(s -> ports.add(portByInode.get(s)));
                    return ports;
                }
            }
        }
        throw new IllegalStateException("no process of ours owns port " + knownPort);
    }

    private static Map<String, Integer> listeningSockets() throws IOException {
        Map<String, Integer> ports = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(LISTEN)) {
                    String local = fields[1];
                    ports.put(fields[9], Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static Set<String> socketsOf(Path process) {
        Set<String> inodes = new TreeSet<>();
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed while we looked
                }
            }
        } catch (IOException | SecurityException notOurs) {
            // a process we may not look into, or one that ended
        }
        return inodes;
    }
}
