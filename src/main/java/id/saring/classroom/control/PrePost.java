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
 *
 * <p>Discernment alone hides how it changed. As the MIST test reports it, two errors are kept
 * apart: <em>distrust</em>, true news judged false, and <em>naivety</em>, false news judged true.
 * A class that learnt to doubt everything has less naivety and more distrust, and its discernment
 * may barely move; {@link #grewCynical()} says so. When the tests come in parallel forms given in
 * counterbalanced order, {@link #forms()} gives the change of each order (A then B, B then A), so
 * that a form that is easier than the other shows.
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
        List<TechniqueChange> techniques,
        List<FormChange> forms) {

    /** Distrust rising by more than this share (10 points) is called growing cynical. */
    public static final double CYNICAL_RISE = 0.1;

    /** Share of true items judged false, before the course (MIST's distrust). */
    public OptionalDouble preDistrust() {
        return complement(preTrustInTrue);
    }

    public OptionalDouble postDistrust() {
        return complement(postTrustInTrue);
    }

    /** Share of false items judged true, before the course (MIST's naivety). */
    public OptionalDouble preNaivety() {
        return preTrustInFalse;
    }

    public OptionalDouble postNaivety() {
        return postTrustInFalse;
    }

    /** Whether the class judges true news false clearly more often after the course than before. */
    public boolean grewCynical() {
        return preDistrust().isPresent()
                && postDistrust().getAsDouble() > preDistrust().getAsDouble() + CYNICAL_RISE;
    }

    private static OptionalDouble complement(OptionalDouble share) {
        return share.isPresent() ? OptionalDouble.of(1 - share.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * The change of the students who took the forms in one order, e.g. "a" as the pre-test and
     * "b" as the post-test: their mean discernment, distrust and naivety before and after, and the
     * gain from the means.
     */
    public record FormChange(
            String preForm,
            String postForm,
            int matched,
            OptionalDouble preDiscernment,
            OptionalDouble postDiscernment,
            OptionalDouble gain,
            OptionalDouble preDistrust,
            OptionalDouble postDistrust,
            OptionalDouble preNaivety,
            OptionalDouble postNaivety) {

        /** "A → B". */
        public String order() {
            return preForm.toUpperCase(Locale.ROOT) + " → " + postForm.toUpperCase(Locale.ROOT);
        }
    }

    /** One judged item of a test, with the techniques of a false item (none for true ones). */
    public record Item(boolean itemTrue, boolean calledTrue, List<String> techniques) {
        public Item {
            techniques = List.copyOf(techniques);
        }

        Discernment.Judgement judgement() {
            return new Discernment.Judgement(itemTrue, calledTrue);
        }
    }

    /** One student's discernment before and after, and the forms they took; any may be missing. */
    public record StudentChange(
            Student student,
            Optional<Discernment> pre,
            Optional<Discernment> post,
            Optional<String> preForm,
            Optional<String> postForm) {

        public StudentChange(Student student, Optional<Discernment> pre, Optional<Discernment> post) {
            this(student, pre, post, Optional.empty(), Optional.empty());
        }

        /** "A → B", or empty when the tests have no forms. */
        public String order() {
            return preForm.isPresent() && postForm.isPresent()
                    ? preForm.get().toUpperCase(Locale.ROOT) + " → "
                            + postForm.get().toUpperCase(Locale.ROOT)
                    : "";
        }

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
        return of(roster, pre, post, Map.of(), Map.of());
    }

    /**
     * @param preForms the form of each student's pre-test, for tests given in forms
     * @param postForms the form of each student's post-test
     */
    public static PrePost of(
            List<Student> roster,
            Map<Long, List<Item>> pre,
            Map<Long, List<Item>> post,
            Map<Long, String> preForms,
            Map<Long, String> postForms) {
        List<StudentChange> students = new ArrayList<>();
        for (Student student : roster) {
            students.add(new StudentChange(
                    student,
                    Optional.ofNullable(pre.get(student.id())).map(PrePost::discernment),
                    Optional.ofNullable(post.get(student.id())).map(PrePost::discernment),
                    Optional.ofNullable(preForms.get(student.id())),
                    Optional.ofNullable(postForms.get(student.id()))));
        }
        List<StudentChange> matched =
                students.stream().filter(StudentChange::isMatched).toList();
        OptionalDouble preMean = mean(matched, s -> s.preValue().getAsDouble());
        OptionalDouble postMean = mean(matched, s -> s.postValue().getAsDouble());
        OptionalDouble gain = gain(preMean, postMean);
        Map<String, List<StudentChange>> byOrder = new TreeMap<>();
        matched.stream().filter(s -> !s.order().isEmpty()).forEach(s -> byOrder.computeIfAbsent(
                        s.order(), o -> new ArrayList<>())
                .add(s));
        List<FormChange> forms = byOrder.values().stream()
                .map(group -> {
                    OptionalDouble before = mean(group, s -> s.preValue().getAsDouble());
                    OptionalDouble after = mean(group, s -> s.postValue().getAsDouble());
                    return new FormChange(
                            group.get(0).preForm().get(),
                            group.get(0).postForm().get(),
                            group.size(),
                            before,
                            after,
                            gain(before, after),
                            complement(meanOf(group, true, true)),
                            complement(meanOf(group, false, true)),
                            meanOf(group, true, false),
                            meanOf(group, false, false));
                })
                .toList();

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
                techniques,
                forms);
    }

    private static OptionalDouble gain(OptionalDouble preMean, OptionalDouble postMean) {
        return preMean.isPresent()
                ? Discernment.normalizedGain(preMean.getAsDouble(), postMean.getAsDouble(), 1)
                : OptionalDouble.empty();
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
