package id.saring.classroom.control;

import id.saring.catalog.question.Percent;
import id.saring.progress.control.Mastery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A class's mastery of each manipulation technique and skill, as a heat map: one row per student,
 * one column per tag, and the class's figure per tag, the mean of its students' (every student
 * counts the same, however many questions they answered).
 */
public record ClassMastery(List<String> tags, List<Row> rows, Map<String, Average> classAverage) {

    /** Tag families a heat map shows; topics and pillars say what a question is about, not a skill. */
    public static final List<String> SHOWN = List.of("teknik:", "keterampilan:");

    /** One student's mastery per tag. */
    public record Row(Student student, Map<String, Mastery> byTag) {

        public Optional<Mastery> of(String tag) {
            return Optional.ofNullable(byTag.get(tag));
        }
    }

    /** The class's mean over the students who answered questions with that tag. */
    public record Average(int percent, int students) {}

    public static ClassMastery of(Map<Student, Map<String, Mastery>> byStudent) {
        TreeSet<String> tags = new TreeSet<>();
        byStudent.values().forEach(m -> m.keySet().stream()
                .filter(t -> SHOWN.stream().anyMatch(t::startsWith))
                .forEach(tags::add));
        List<String> ordered = tags.stream()
                .sorted(Comparator.comparing((String t) -> !t.startsWith("teknik:"))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, Average> averages = new LinkedHashMap<>();
        for (String tag : ordered) {
            var percents = byStudent.values().stream()
                    .map(m -> m.get(tag))
                    .filter(Objects::nonNull)
                    .mapToInt(Mastery::percent)
                    .toArray();
            double mean = Arrays.stream(percents).average().orElse(0);
            averages.put(tag, new Average(Percent.of(mean).value(), percents.length));
        }
        List<Row> rows = new ArrayList<>();
        byStudent.forEach((student, mastery) -> rows.add(new Row(student, Map.copyOf(mastery))));
        rows.sort(Comparator.comparing(r -> r.student().name().toLowerCase(Locale.ROOT)));
        return new ClassMastery(ordered, rows, averages);
    }

    /** The tags the class does worst on, weakest first: what the teacher should teach again. */
    public List<String> weakest(int count) {
        return classAverage.entrySet().stream()
                .filter(e -> e.getValue().students() > 0)
                .sorted(Comparator.comparingInt(e -> e.getValue().percent()))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }
}
