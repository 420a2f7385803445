package id.saring.catalog.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found, so an author sees all of them at once instead of one per try. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void report(String file, int line, String key, Object... arguments) {
        found.add(new Problem(file, line, key, List.of(arguments)));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** In file order, then line order. */
    public List<Problem> all() {
        return found.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .toList();
    }
}
