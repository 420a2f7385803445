package id.saring.infrastructure.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.QuestionTypes;
import id.saring.catalog.question.hoaxpost.Verdict;
import id.saring.catalog.reading.CourseChanges;
import id.saring.catalog.yaml.Problem;
import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.control.ProgressGrid;
import id.saring.identity.entity.Role;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.progress.control.QuizOutcome;
import id.saring.quiz.QuizMessages;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
            Pattern.compile("(saring|id\\.saring|jakarta|primefaces)(\\..*)?|.*\\.(yaml|gift|md)");

    /** {@code #{msg['quiz.start']}} and {@code #{msg.title}}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]|msg\\.([a-zA-Z][a-zA-Z0-9]*)");

    /** {@code #{msg['role.'.concat(account.role)]}}: a family of keys, checked below with its values. */
    private static final Pattern PAGE_FAMILY = Pattern.compile("msg\\['([^']+\\.)'\\.concat\\(");

    /** {@code "report.state." + state}: the start of a family of keys. */
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)*\\.");

    private static final Bundle MESSAGES = Bundle.load(Messages.BUNDLE);
    private static final Bundle PROBLEMS = Bundle.load(Problem.BUNDLE);

    @Test
    void everyConstantOfAKeyHolderIsInItsBundleInBothLanguages() throws Exception {
        List<Class<?>> holders = keyHolders();
        assertTrue(holders.contains(QuizMessages.class), "holders are found: " + holders);
        List<String> missing = new ArrayList<>();
        for (Class<?> holder : holders) {
            Bundle bundle = Bundle.load(holder.getAnnotation(MessageKeys.class).value());
            List<String> keys = constants(holder);
            assertFalse(keys.isEmpty(), holder.getName());
            keys.stream()
                    .filter(key -> !bundle.hasInBoth(key))
                    .forEach(key -> missing.add(key + " (" + holder.getSimpleName() + ", " + bundle.name() + ")"));
        }
        assertEquals(List.of(), missing);
    }

    /** Keys are named by constants, so a typo does not compile; only key holders write them out. */
    @Test
    void keysAreWrittenOutOnlyInKeyHolders() throws IOException {
        List<String> written = new ArrayList<>();
        for (Literal literal : javaLiterals()) {
            boolean key = MESSAGES.hasInBoth(literal.text()) || PROBLEMS.hasInBoth(literal.text());
            if (key && !literal.inKeyHolder()) {
                written.add(literal.text() + " (" + literal.where() + ")");
            }
        }
        assertEquals(List.of(), written);
    }

    @Test
    void everyKeyWrittenInJavaIsInABundleInBothLanguages() throws IOException {
        List<Literal> literals = javaLiterals();
        assertTrue(literals.stream().anyMatch(l -> MESSAGES.hasInBoth(l.text())), "literals are read");
        List<String> missing = new ArrayList<>();
        for (Literal literal : literals) {
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
        int named = 0;
        for (Path page : pages()) {
            Matcher key = PAGE_KEY.matcher(Files.readString(page));
            while (key.find()) {
                named++;
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                if (!MESSAGES.hasInBoth(name)) {
                    missing.add(name + " (" + PAGES.relativize(page) + ")");
                }
            }
        }
        assertTrue(named > 100, "pages are read: " + named + " keys");
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
                Map.entry("admin.changes.", names(CourseChanges.Kind.values(), Enum::name)),
                Map.entry("assignment.status.", names(Assignments.Status.values(), Enum::name)),
                Map.entry("progress.quiz.", names(QuizOutcome.State.values(), Enum::name)),
                Map.entry("report.state.", names(ProgressGrid.State.values(), Enum::name)),
                Map.entry("consent.relation.", names(GuardianConsent.Relation.values(), Enum::name)),
                Map.entry("consent.method.", names(GuardianConsent.Method.values(), Enum::name)),
                Map.entry("quiz.hoax.verdict.", names(Verdict.values(), Verdict::word)),
                Map.entry("quiz.truefalse.", List.of("true", "false")),
                Map.entry(
                        "admin.question.type.",
                        QuestionTypes.all().stream()
                                .filter(QuestionType::hasEditor)
                                .map(QuestionType::name)
                                .toList()));
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
        for (Literal literal : javaLiterals()) {
            if (KEY_PREFIX.matcher(literal.text()).matches()) {
                assertTrue(
                        families.containsKey(literal.text()),
                        literal.where() + " makes keys " + literal.text() + "…: list its values here");
            }
        }
    }

    /** The classes marked {@link MessageKeys}, found among the compiled main classes. */
    private static List<Class<?>> keyHolders() throws Exception {
        Path classes = Path.of(MessageKeys.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> holders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
                Class<?> type = Class.forName(
                        name.substring(0, name.length() - ".class".length()),
                        false,
                        MessageKeysTest.class.getClassLoader());
                if (type.isAnnotationPresent(MessageKeys.class)) {
                    holders.add(type);
                }
            }
        }
        return holders;
    }

    /** A holder's keys: the values of its {@code static final String} fields, private ones too. */
    private static List<String> constants(Class<?> holder) throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                field.setAccessible(true);
                keys.add((String) field.get(null));
            }
        }
        return keys;
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
                boolean holder = source.contains("@MessageKeys");
                for (int[] at : JavaStrings.in(source)) {
                    long line = 1
                            + source.substring(0, at[0])
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    String where = JAVA.relativize(file) + ":" + line;
                    literals.add(new Literal(source.substring(at[0], at[1]), where, holder));
                }
            }
        }
        return literals;
    }

    record Literal(String text, String where, boolean inKeyHolder) {}

    /** A bundle in both languages. */
    record Bundle(String name, Properties indonesian, Properties english) {

        /** A bundle by its base name, {@code id.saring.i18n.messages}. */
        static Bundle load(String baseName) {
            return new Bundle(
                    baseName, properties(baseName, Languages.INDONESIAN), properties(baseName, Languages.ENGLISH));
        }

        boolean hasInBoth(String key) {
            return indonesian.containsKey(key) && english.containsKey(key);
        }

        private static Properties properties(String baseName, String language) {
            Properties properties = new Properties();
            String path = "/" + baseName.replace('.', '/') + "_" + language + ".properties";
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
