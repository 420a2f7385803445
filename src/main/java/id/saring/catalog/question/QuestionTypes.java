package id.saring.catalog.question;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every question type Saring knows, found on the class path: a type's package registers itself
 * with {@code @AutoService(QuestionType.class)}, so adding a type edits no list here or anywhere.
 */
public final class QuestionTypes {

    private static final List<QuestionType> ALL =
            ServiceLoader.load(QuestionType.class, QuestionType.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)
                    .sorted(Comparator.comparing(QuestionType::name))
                    .toList();

    private QuestionTypes() {}

    public static List<QuestionType> all() {
        return ALL;
    }

    public static Optional<QuestionType> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(QuestionType::name).toList();
    }
}
