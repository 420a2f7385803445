package id.saring.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of src/main/payara/jvm.options (the heap above all) are the ones every way of
 * starting Saring uses: the README's run command (pom.xml), the container and the cluster script.
 */
public class JvmOptionsTest {

    private static final Path OPTIONS = Path.of("src", "main", "payara", "jvm.options");
    private static final Pattern POM_OPTION = Pattern.compile("<value>(-X[^<]*)</value>");

    public static List<String> options() throws IOException {
        return Files.readAllLines(OPTIONS).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @Test
    void theHeapIsSetExplicitly() throws IOException {
        assertTrue(options().stream().anyMatch(option -> option.startsWith("-Xmx")), "an explicit maximum heap");
    }

    @Test
    void theRunCommandPassesExactlyTheseOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin =
                pom.substring(pom.indexOf("<javaCommandLineOptions>"), pom.indexOf("</javaCommandLineOptions>"));
        Matcher option = POM_OPTION.matcher(plugin);
        List<String> passed = option.results().map(m -> m.group(1)).toList();
        assertEquals(options(), passed);
        assertFalse(
                Pattern.compile("<key>-X").matcher(plugin).find(),
                "the plugin drops an option that has a key and no value");
    }

    @Test
    void theContainerTheClusterAndTheBenchmarkReadTheSameFile() throws IOException {
        for (Path script : List.of(
                Path.of("docker", "image", "entrypoint.sh"),
                Path.of("src", "test", "scripts", "cluster.sh"),
                Path.of("src", "test", "scripts", "benchmark.sh"))) {
            assertTrue(Files.readString(script).contains("payara/jvm.options"), script + " reads jvm.options");
        }
    }

    /**
     * glibc's malloc arenas are set by the environment, not by a JVM option: every start sets
     * them (README "Memory"), the run command in the README included.
     */
    @Test
    void everyStartKeepsMallocToTwoArenas() throws IOException {
        for (Path script : List.of(
                Path.of("docker", "image", "entrypoint.sh"),
                Path.of("src", "test", "scripts", "cluster.sh"),
                Path.of("src", "test", "scripts", "benchmark.sh"))) {
            assertTrue(Files.readString(script).contains("MALLOC_ARENA_MAX"), script + " sets MALLOC_ARENA_MAX");
        }
        String readme = Files.readString(Path.of("README.md"));
        Matcher run = Pattern.compile("(?m)^(.*)mvn package payara-micro:start").matcher(readme);
        int commands = 0;
        while (run.find()) {
            commands++;
            assertTrue(run.group(1).contains("MALLOC_ARENA_MAX=2"), "README: " + run.group());
        }
        assertTrue(commands > 0, "the README's run command");
    }
}
