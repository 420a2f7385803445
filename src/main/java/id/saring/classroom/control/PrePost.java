package id.saring.classroom.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * What a course changed, from the pre-test and the post-test (parallel forms of true and false
 * items): each student's discernment before and after, the class's, with normalized gains, and
 * how often the false items of each manipulation technique were caught.
 *
 * <p>The class figures use only the students who took both tests, so that a student who missed
 * one does not move the class's average. The class gain is Hake's: from the class means.
 */
public record PrePost(
        List<StudentChange> students,
        int matched,
        OptionalDouble preDiscernment,
        OptionalDouble postDiscernment,
        OptionalDouble gain,
        OptionalDouble preTrustInTrue,
        OptionalDouble postTrustInTrue,
        OptionalDouble preTrustInFalse,
        OptionalDouble postTrustInFalse,
        List<TechniqueChange> techniques) {

    /** One judged item of a test, with the techniques of a false item (none for true ones). */
    public record Item(boolean itemTrue, boolean calledTrue, List<String> techniques) {
        public Item {
            techniques = List.copyOf(techniques);
        }

        Discernment.Judgement judgement() {
            return new Discernment.Judgement(itemTrue, calledTrue);
        }
    }

    /** One student's discernment before and after; either may be missing. */
    public record StudentChange(Student student, Optional<Discernment> pre, Optional<Discernment> post) {

        public OptionalDouble preValue() {
            return pre.map(Discernment::value).orElse(OptionalDouble.empty());
        }

        public OptionalDouble postValue() {
            return post.map(Discernment::value).orElse(OptionalDouble.empty());
        }

        public boolean isMatched() {
            return preValue().isPresent() && postValue().isPresent();
        }

        public OptionalDouble gain() {
            return isMatched()
                    ? Discernment.normalizedGain(
                            preValue().getAsDouble(), postValue().getAsDouble(), 1)
                    : OptionalDouble.empty();
        }
    }

    /** How many false items of one technique were caught (not called true), before and after. */
    public record TechniqueChange(String technique, int preItems, int preCaught, int postItems, int postCaught) {

        public OptionalDouble preRate() {
            return preItems == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) preCaught / preItems);
        }

        public OptionalDouble postRate() {
            return postItems == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) postCaught / postItems);
        }

        public OptionalDouble gain() {
            return preRate().isPresent() && postRate().isPresent()
                    ? Discernment.normalizedGain(
                            preRate().getAsDouble(), postRate().getAsDouble(), 1)
                    : OptionalDouble.empty();
        }
    }

    /** From each student's judged items of the pre-test and the post-test (absent: not taken). */
    public static PrePost of(List<Student> roster, Map<Long, List<Item>> pre, Map<Long, List<Item>> post) {
        List<StudentChange> students = new ArrayList<>();
        for (Student student : roster) {
            students.add(new StudentChange(
                    student,
                    Optional.ofNullable(pre.get(student.id())).map(PrePost::discernment),
                    Optional.ofNullable(post.get(student.id())).map(PrePost::discernment)));
        }
        List<StudentChange> matched =
                students.stream().filter(StudentChange::isMatched).toList();
        OptionalDouble preMean = mean(matched, s -> s.preValue().getAsDouble());
        OptionalDouble postMean = mean(matched, s -> s.postValue().getAsDouble());
        OptionalDouble gain = preMean.isPresent()
                ? Discernment.normalizedGain(preMean.getAsDouble(), postMean.getAsDouble(), 1)
                : OptionalDouble.empty();

        Map<String, int[]> byTechnique = new TreeMap<>();
        for (StudentChange s : matched) {
            count(pre.get(s.student().id()), byTechnique, 0);
            count(post.get(s.student().id()), byTechnique, 2);
        }
        List<TechniqueChange> techniques = byTechnique.entrySet().stream()
                .map(e -> new TechniqueChange(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparing(TechniqueChange::technique))
                .toList();
        students.sort(
                Comparator.comparing((StudentChange s) -> s.student().name().toLowerCase(Locale.ROOT)));
        return new PrePost(
                students,
                matched.size(),
                preMean,
                postMean,
                gain,
                meanOf(matched, true, true),
                meanOf(matched, false, true),
                meanOf(matched, true, false),
                meanOf(matched, false, false),
                techniques);
    }

    private static Discernment discernment(List<Item> items) {
        return Discernment.of(items.stream().map(Item::judgement).toList());
    }

    private static void count(List<Item> items, Map<String, int[]> byTechnique, int offset) {
        for (Item item : items) {
            if (item.itemTrue()) {
                continue;
            }
            for (String technique : item.techniques()) {
                int[] counts = byTechnique.computeIfAbsent(technique, t -> new int[4]);
                counts[offset]++;
                counts[offset + 1] += item.calledTrue() ? 0 : 1;
            }
        }
    }

    private static OptionalDouble meanOf(List<StudentChange> matched, boolean before, boolean ofTrueItems) {
        return mean(matched, s -> {
            Discernment d = (before ? s.pre() : s.post()).orElseThrow();
            return (ofTrueItems ? d.trustInTrue() : d.trustInFalse()).getAsDouble();
        });
    }

    private static OptionalDouble mean(List<StudentChange> students, ToDoubleFunction<StudentChange> value) {
        return students.stream().mapToDouble(value).average();
    }
}
