package id.saring.infrastructure.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.question.hoaxpost.Verdict;
import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.control.ProgressGrid;
import id.saring.identity.entity.Role;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.progress.control.QuizOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code or a page names is in its bundle in Bahasa Indonesia and in English:
 * a missing one shows as a "???key???" on a page, or a stack trace, only when that path is taken.
 */
class MessageKeysTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path PAGES = Path.of("src/main/webapp");

    /** What a key looks like: lower-case words joined by dots, "quiz.noAttemptsLeft". */
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");

    /** Dotted strings that are no keys: configuration and attribute names, file names. */
    private static final Pattern NOT_A_KEY =
            Pattern.compile("(saring|id\\.saring|jakarta|primefaces)(\\..*)?|.*\\.(yaml|gift)");

    /** {@code #{msg['quiz.start']}} and {@code #{msg.title}}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]|msg\\.([a-zA-Z][a-zA-Z0-9]*)");

    /** {@code #{msg['role.'.concat(account.role)]}}: a family of keys, checked below with its values. */
    private static final Pattern PAGE_FAMILY = Pattern.compile("msg\\['([^']+\\.)'\\.concat\\(");

    private static final Bundle MESSAGES = Bundle.load("messages");
    private static final Bundle PROBLEMS = Bundle.load("problems");

    @Test
    void everyKeyWrittenInJavaIsInABundleInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Literal literal : javaLiterals()) {
            if (isKeyLike(literal.text())
                    && !MESSAGES.hasInBoth(literal.text())
                    && !PROBLEMS.hasInBoth(literal.text())) {
                missing.add(literal.text() + " (" + literal.where() + ")");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyAPageNamesIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher named = PAGE_KEY.matcher(Files.readString(page));
            while (named.find()) {
                String key = named.group(1) != null ? named.group(1) : named.group(2);
                if (!MESSAGES.hasInBoth(key)) {
                    missing.add(key + " (" + PAGES.relativize(page) + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Keys made from a value ({@code 'role.'.concat(role)}): one for every value there can be. */
    @Test
    void everyFamilyOfKeysHasAKeyForEveryValue() throws IOException {
        Map<String, List<String>> families = Map.ofEntries(
                Map.entry("audit.", names(AuditEvent.Action.values(), Enum::name)),
                Map.entry("role.", names(Role.values(), Enum::name)),
                Map.entry("admin.courses.source.", names(CourseVersion.Source.values(), Enum::name)),
                Map.entry("audit.detail.published.", names(CourseVersion.Source.values(), Enum::name)),
                Map.entry("assignment.status.", names(Assignments.Status.values(), Enum::name)),
                Map.entry("progress.quiz.", names(QuizOutcome.State.values(), Enum::name)),
                Map.entry("report.state.", names(ProgressGrid.State.values(), Enum::name)),
                Map.entry("consent.relation.", names(GuardianConsent.Relation.values(), Enum::name)),
                Map.entry("consent.method.", names(GuardianConsent.Method.values(), Enum::name)),
                Map.entry("quiz.hoax.verdict.", names(Verdict.values(), Verdict::word)),
                Map.entry("quiz.truefalse.", List.of("true", "false")));
        List<String> missing = new ArrayList<>();
        families.forEach((prefix, values) -> values.stream()
                .map(prefix::concat)
                .filter(key -> !MESSAGES.hasInBoth(key))
                .forEach(missing::add));
        assertEquals(List.of(), missing);
        for (Path page : pages()) {
            Matcher family = PAGE_FAMILY.matcher(Files.readString(page));
            while (family.find()) {
                assertTrue(
                        families.containsKey(family.group(1)),
                        PAGES.relativize(page) + " makes keys " + family.group(1) + "…: list its values here");
            }
        }
    }

    private static boolean isKeyLike(String text) {
        return KEY.matcher(text).matches() && !NOT_A_KEY.matcher(text).matches();
    }

    private static <T> List<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    /** Every string literal in the main Java sources, comments left out. */
    static List<Literal> javaLiterals() throws IOException {
        List<Literal> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                for (int[] at : JavaStrings.in(source)) {
                    int line = 1
                            + (int) source.substring(0, at[0])
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    literals.add(new Literal(source.substring(at[0], at[1]), JAVA.relativize(file) + ":" + line));
                }
            }
        }
        return literals;
    }

    record Literal(String text, String where) {}

    /** A bundle in both languages. */
    record Bundle(String name, Properties indonesian, Properties english) {

        static Bundle load(String name) {
            return new Bundle(name, properties(name, Languages.INDONESIAN), properties(name, Languages.ENGLISH));
        }

        boolean hasInBoth(String key) {
            return indonesian.containsKey(key) && english.containsKey(key);
        }

        Set<String> keys() {
            Set<String> keys = new TreeSet<>(indonesian.stringPropertyNames());
            keys.addAll(english.stringPropertyNames());
            return keys;
        }

        private static Properties properties(String name, String language) {
            Properties properties = new Properties();
            String path = "/id/saring/i18n/" + name + "_" + language + ".properties";
            try (InputStream in = MessageKeysTest.class.getResourceAsStream(path)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }

    /** The string literals of a Java source, read past comments, character literals and text blocks. */
    static final class JavaStrings {

        private JavaStrings() {}

        /** Where each literal's text starts and ends. */
        static List<int[]> in(String source) {
            List<int[]> strings = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = endOf(source, "\n", i + 2);
                } else if (source.startsWith("/*", i)) {
                    i = endOf(source, "*/", i + 2);
                } else if (source.startsWith("\"\"\"", i)) {
                    i = endOf(source, "\"\"\"", i + 3);
                } else if (c == '\'') {
                    i = closing(source, '\'', i + 1) + 1;
                } else if (c == '"') {
                    int end = closing(source, '"', i + 1);
                    strings.add(new int[] {i + 1, end});
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return strings;
        }

        private static int endOf(String source, String end, int from) {
            int at = source.indexOf(end, from);
            return at < 0 ? source.length() : at + end.length();
        }

        private static int closing(String source, char quote, int from) {
            int i = from;
            while (i < source.length() && source.charAt(i) != quote) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }
    }
}
