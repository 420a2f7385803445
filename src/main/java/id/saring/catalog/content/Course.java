package id.saring.catalog.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course as one version of its files describes it. Ids of the course, its modules, lessons and
 * questions stay the same across versions, so progress survives a new version.
 *
 * @param grades the grade band, e.g. "7-9"
 * @param preTest the quiz taken before the course, to measure what it changes (optional)
 * @param postTest the parallel quiz taken after it (optional)
 * @param assets images by their path inside the course folder
 * @param tagNames the names of every tag known when this version was published
 */
public record Course(
        String id,
        LocalizedText title,
        LocalizedText summary,
        String grades,
        int hours,
        List<String> tags,
        List<Module> modules,
        Optional<String> preTest,
        Optional<String> postTest,
        Map<String, Asset> assets,
        Map<String, LocalizedText> tagNames) {

    public Course {
        tags = List.copyOf(tags);
        modules = List.copyOf(modules);
        assets = Map.copyOf(assets);
        tagNames = Map.copyOf(tagNames);
    }

    /** The manipulation techniques students can name, with their names. */
    public Map<String, LocalizedText> techniques() {
        Map<String, LocalizedText> techniques = new java.util.TreeMap<>();
        tagNames.forEach((tag, name) -> {
            if (tag.startsWith("teknik:")) {
                techniques.put(tag, name);
            }
        });
        return techniques;
    }

    public Optional<Module> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }

    public int questionCount() {
        return modules.stream()
                .flatMap(m -> m.quiz().stream())
                .mapToInt(q -> q.questions().size())
                .sum();
    }

    /** Bytes a student downloads to read the whole course offline: lesson pages and images. */
    public long downloadBytes() {
        long lessons = modules.stream()
                .flatMap(m -> m.lessons().stream())
                .mapToLong(Lesson::htmlBytes)
                .sum();
        long images = assets.values().stream().mapToLong(a -> a.bytes().length).sum();
        return lessons + images;
    }
}
