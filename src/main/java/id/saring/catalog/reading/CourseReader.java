package id.saring.catalog.reading;

import id.saring.catalog.content.Asset;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Lesson;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.question.PictureFile;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.QuestionTypes;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problems;
import id.saring.catalog.yaml.YamlMap;
import id.saring.catalog.yaml.YamlProblems;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Reads one course folder into a {@link Course}, checking everything an author can get wrong
 * and reporting every problem with its file and line. A course with any problem is not returned:
 * nothing is ever half-published.
 *
 * <pre>
 * course.yaml                   id, title, summary, grades, hours, tags
 * 01-some-module/module.yaml    id, title, summary
 * 01-some-module/01-lesson.md   front matter (id, title, minutes, objectives, tags) + Markdown
 * 01-some-module/01-lesson.en.md  optional translation (title, objectives) + Markdown
 * 01-some-module/quiz.yaml      id, title, settings, questions
 * 01-some-module/rencana.md     optional teacher's lesson plan, Markdown only (rencana.en.md: its translation)
 * any/folder/picture.png        images (png, jpg, gif, webp) up to 300 KB
 * </pre>
 */
public final class CourseReader {

    public static final String COURSE_FILE = "course.yaml";
    public static final String MODULE_FILE = "module.yaml";
    public static final String QUIZ_FILE = "quiz.yaml";
    /** A module's lesson plan for teachers; {@code rencana.en.md} is its English. */
    public static final String PLAN_FILE = "rencana.md";

    public static final long MAX_IMAGE_BYTES = 300 * 1024;

    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");
    private static final Set<String> COURSE_KEYS =
            Set.of("id", "title", "summary", "grades", "hours", "tags", "pre-test", "post-test", "retest");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title", "summary");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "minutes", "objectives", "tags");
    private static final Set<String> TRANSLATION_KEYS = Set.of("title", "objectives");
    private static final Set<String> QUIZ_KEYS = Set.of("id", "title", "settings", "questions");
    private static final Set<String> SETTINGS_KEYS = Set.of(
            "pass-mark",
            "max-attempts",
            "grading",
            "feedback",
            "shuffle-questions",
            "shuffle-choices",
            "time-limit-minutes");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "text", "explanation", "tags", "form");
    private static final Pattern FORM = Pattern.compile("[a-z]");
    private static final Pattern GRADES = Pattern.compile("(1[0-2]|[1-9])(-(1[0-2]|[1-9]))?");
    private static final Pattern TRANSLATION = Pattern.compile(".*\\.([a-z]{2})\\.md");
    private static final Pattern PLAN = Pattern.compile("(.*/)?rencana(\\.[a-z]{2})?\\.md");

    private final TagVocabulary vocabulary;

    public CourseReader(TagVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param assetUrl the address pages will use for an image, by its path in the course
     * @return the course, or empty when {@code problems} holds at least one problem
     */
    public Optional<Course> read(CourseFiles files, Function<String, String> assetUrl, Problems problems) {
        int before = problems.size();
        Set<String> used = new HashSet<>();
        Map<String, Asset> assets = readImages(files, used, problems);
        if (!files.has(COURSE_FILE)) {
            problems.report(files.name(), 0, CourseProblems.COURSE_NO_DESCRIPTOR, COURSE_FILE);
            return Optional.empty();
        }
        used.add(COURSE_FILE);
        Optional<YamlMap> descriptor = yaml(files, COURSE_FILE, problems);
        Ids ids = new Ids();
        Map<String, String> emptyQuizzes = new HashMap<>();
        LessonRenderer renderer = new LessonRenderer(assets, assetUrl);
        Map<String, PictureFile> pictures = new HashMap<>();
        assets.forEach((path, asset) -> pictures.put(
                path, new PictureFile(path, assetUrl.apply(path), asset.bytes(), asset.width(), asset.height())));
        List<Module> modules = new ArrayList<>();
        for (String folder : moduleFolders(files, problems)) {
            used.add(folder + "/" + MODULE_FILE);
            ReadContext context = new ReadContext(vocabulary.tags(), folder, pictures);
            readModule(files, folder, renderer, context, ids, emptyQuizzes, used, problems)
                    .ifPresent(modules::add);
        }
        reportUnusedFiles(files, used, problems);
        if (descriptor.isEmpty()) {
            return Optional.empty();
        }
        YamlMap course = descriptor.get().allowOnly(COURSE_KEYS);
        Optional<String> id = course.id("id");
        Optional<LocalizedText> title = course.requiredText("title");
        Optional<LocalizedText> summary = course.requiredText("summary");
        Optional<String> grades = course.requiredString("grades");
        if (grades.isPresent() && !GRADES.matcher(grades.get()).matches()) {
            course.report("grades", CourseProblems.COURSE_BAD_GRADES, grades.get());
        }
        Optional<Integer> hours = course.integer("hours", 1, 200);
        if (course.lacks("hours")) {
            course.report("hours", YamlProblems.YAML_MISSING, "hours");
        }
        List<String> tags = tags(course);
        Optional<String> preTest = testQuiz(course, "pre-test", modules);
        Optional<String> postTest = testQuiz(course, "post-test", modules);
        Optional<String> retest = testQuiz(course, "retest", modules);
        if (preTest.isPresent() && preTest.equals(postTest)) {
            course.report("post-test", CourseProblems.COURSE_SAME_TEST);
        }
        modules = withForms(course, modules, List.of(preTest, postTest, retest));
        for (Module module : modules) {
            module.quiz()
                    .filter(q -> q.questions().isEmpty())
                    .ifPresent(q -> problems.report(emptyQuizzes.get(q.id()), 0, CourseProblems.QUIZ_NO_QUESTIONS));
        }
        if (modules.isEmpty() && problems.size() == before) {
            problems.report(COURSE_FILE, 0, CourseProblems.COURSE_NO_MODULES);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Course(
                id.get(),
                title.get(),
                summary.get(),
                grades.get(),
                hours.get(),
                tags,
                modules,
                preTest,
                postTest,
                retest,
                assets,
                vocabulary.labels()));
    }

    /** A pre- or post-test names a quiz of this course. */
    private static Optional<String> testQuiz(YamlMap course, String key, List<Module> modules) {
        Optional<String> quizId = course.string(key);
        if (quizId.isPresent()
                && modules.stream().flatMap(m -> m.quiz().stream()).noneMatch(q -> q.id().equals(quizId.get()))) {
            course.report(key, CourseProblems.COURSE_UNKNOWN_TEST, quizId.get());
        }
        return quizId;
    }

    /**
     * Tests written in parallel forms (questions with {@code form: a}, {@code form: b}) share one
     * item bank: each test offers every form's questions, and {@link Course#formFor} serves a
     * student one form. So a counterbalanced class can take either form as either test, the ids
     * of the questions stay where they were written, and the delayed retest needs none of its own.
     * The forms must be the same size, so that every student answers as many items.
     */
    private static List<Module> withForms(YamlMap course, List<Module> modules, List<Optional<String>> tests) {
        Set<String> testIds = new HashSet<>();
        tests.forEach(t -> t.ifPresent(testIds::add));
        List<Question> bank = new ArrayList<>();
        Map<String, String> forms = new LinkedHashMap<>();
        for (Module module : modules) {
            module.quiz().filter(q -> testIds.contains(q.id())).ifPresent(q -> {
                bank.addAll(q.questions());
                forms.putAll(q.forms());
            });
        }
        if (forms.isEmpty()) {
            return modules;
        }
        Map<String, Long> sizes = new TreeMap<>();
        forms.values().forEach(f -> sizes.merge(f, 1L, Long::sum));
        if (forms.size() < bank.size() || sizes.size() < 2 || new HashSet<>(sizes.values()).size() > 1) {
            course.report("pre-test", CourseProblems.COURSE_UNEVEN_FORMS, sizes.toString());
            return modules;
        }
        return modules.stream()
                .map(m -> m.quiz()
                        .filter(q -> testIds.contains(q.id()))
                        .map(q -> new Module(
                                m.id(),
                                m.title(),
                                m.summary(),
                                m.lessons(),
                                Optional.of(new Quiz(q.id(), q.title(), q.settings(), bank, forms)),
                                m.plan()))
                        .orElse(m))
                .toList();
    }

    private Optional<Module> readModule(
            CourseFiles files,
            String folder,
            LessonRenderer renderer,
            ReadContext context,
            Ids ids,
            Map<String, String> emptyQuizzes,
            Set<String> used,
            Problems problems) {
        Optional<YamlMap> descriptor = yaml(files, folder + "/" + MODULE_FILE, problems);
        List<Lesson> lessons = new ArrayList<>();
        boolean hasLessonFiles = false;
        for (String path : filesIn(files, folder)) {
            if (path.endsWith(".md")
                    && !TRANSLATION.matcher(path).matches()
                    && !isNote(path)
                    && !path.equals(folder + "/" + PLAN_FILE)) {
                hasLessonFiles = true;
                used.add(path);
                readLesson(files, path, renderer, ids, used, problems).ifPresent(lessons::add);
            }
        }
        Optional<Quiz> quiz = Optional.empty();
        String quizPath = folder + "/" + QUIZ_FILE;
        if (files.has(quizPath)) {
            used.add(quizPath);
            quiz = yaml(files, quizPath, problems).flatMap(q -> readQuiz(q, context, ids));
            quiz.filter(q -> q.questions().isEmpty()).ifPresent(q -> emptyQuizzes.put(q.id(), quizPath));
        }
        Optional<LocalizedText> plan = readPlan(files, folder, renderer, used, problems);
        if (descriptor.isEmpty()) {
            return Optional.empty();
        }
        YamlMap module = descriptor.get().allowOnly(MODULE_KEYS);
        Optional<String> id = module.id("id");
        id.ifPresent(i -> ids.modules.check(module, "id", i));
        Optional<LocalizedText> title = module.requiredText("title");
        Optional<LocalizedText> summary = module.text("summary");
        if (!hasLessonFiles && !files.has(quizPath)) {
            module.reportHere(CourseProblems.MODULE_EMPTY);
        }
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Module(id.get(), title.get(), summary, lessons, quiz, plan));
    }

    /**
     * The module's {@code rencana.md} and its translations: Markdown without front matter, rendered
     * and sanitized exactly as a lesson is. A translation without the Indonesian plan is left
     * unused, and so reported.
     */
    private static Optional<LocalizedText> readPlan(
            CourseFiles files, String folder, LessonRenderer renderer, Set<String> used, Problems problems) {
        String path = folder + "/" + PLAN_FILE;
        if (!files.has(path)) {
            return Optional.empty();
        }
        Map<String, String> html = new LinkedHashMap<>();
        for (String language : YamlMap.LANGUAGES) {
            String file = language.equals(LocalizedText.INDONESIAN)
                    ? path
                    : path.substring(0, path.length() - 3) + "." + language + ".md";
            if (!files.has(file)) {
                continue;
            }
            used.add(file);
            planHtml(files, file, renderer, problems).ifPresent(h -> html.put(language, h));
        }
        return html.containsKey(LocalizedText.INDONESIAN) ? Optional.of(new LocalizedText(html)) : Optional.empty();
    }

    /** One plan file rendered, the whole file being Markdown; empty (and reported) when it is blank. */
    private static Optional<String> planHtml(
            CourseFiles files, String path, LessonRenderer renderer, Problems problems) {
        String markdown = text(files, path);
        if (markdown.isBlank()) {
            problems.report(path, 1, CourseProblems.PLAN_EMPTY);
            return Optional.empty();
        }
        return Optional.of(renderer.render(path, markdown, 0, problems));
    }

    /** Whether a path is a module's plan or its translation ({@code rencana.md}, {@code rencana.en.md}). */
    public static boolean isPlan(String path) {
        return PLAN.matcher(path).matches();
    }

    /** The media type of a picture a course may hold, by its file name; empty for any other file. */
    public static Optional<String> imageType(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.ofNullable(IMAGE_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * One lesson page (or its translation) as students will see it, for an editor's live preview:
     * rendered and sanitized as {@link #read} does, with the problems of that page (its front
     * matter included) reported, whatever the rest of the course holds. A module's plan has no
     * front matter and is rendered whole, as teachers will see it.
     *
     * @return the page's HTML; empty when its front matter cannot even be found
     */
    public static Optional<String> previewPage(
            CourseFiles files, String path, Function<String, String> assetUrl, Problems problems) {
        Map<String, Asset> assets = readImages(files, new HashSet<>(), new Problems());
        if (isPlan(path)) {
            return Optional.of(planHtml(files, path, new LessonRenderer(assets, assetUrl), problems)
                    .orElse(""));
        }
        Optional<FrontMatter> page = FrontMatter.split(path, text(files, path), problems);
        page.ifPresent(p -> YamlMap.parse(path, p.yaml(), 1, problems));
        return page.map(p -> body(path, p, new LessonRenderer(assets, assetUrl), problems));
    }

    private Optional<Lesson> readLesson(
            CourseFiles files, String path, LessonRenderer renderer, Ids ids, Set<String> used, Problems problems) {
        Optional<FrontMatter> page = FrontMatter.split(path, text(files, path), problems);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> front = YamlMap.parse(path, page.get().yaml(), 1, problems);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        YamlMap lesson = front.get().allowOnly(LESSON_KEYS);
        Optional<String> id = lesson.id("id");
        id.ifPresent(i -> ids.lessons.check(lesson, "id", i));
        Optional<LocalizedText> title = lesson.requiredText("title");
        Optional<Integer> minutes = lesson.integer("minutes", 1, 120);
        if (lesson.lacks("minutes")) {
            lesson.report("minutes", YamlProblems.YAML_MISSING, "minutes");
        }
        List<LocalizedText> objectives = lesson.texts("objectives");
        if (objectives.isEmpty()) {
            lesson.report("objectives", CourseProblems.LESSON_NO_OBJECTIVES);
        }
        List<String> tags = tags(lesson);
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> html = new LinkedHashMap<>();
        List<Map<String, String>> objectiveTexts = new ArrayList<>();
        objectives.forEach(o -> objectiveTexts.add(new LinkedHashMap<>(o.byLanguage())));
        title.ifPresent(t -> titles.putAll(t.byLanguage()));
        html.put(LocalizedText.INDONESIAN, body(path, page.get(), renderer, problems));
        for (String language : YamlMap.LANGUAGES) {
            String translationPath = path.substring(0, path.length() - 3) + "." + language + ".md";
            if (language.equals(LocalizedText.INDONESIAN) || !files.has(translationPath)) {
                continue;
            }
            used.add(translationPath);
            readTranslation(files, translationPath, language, renderer, titles, html, objectiveTexts, problems);
        }
        if (id.isEmpty() || title.isEmpty() || minutes.isEmpty() || objectives.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(
                id.get(),
                new LocalizedText(titles),
                minutes.get(),
                objectiveTexts.stream().map(LocalizedText::new).toList(),
                tags,
                new LocalizedText(html)));
    }

    private void readTranslation(
            CourseFiles files,
            String path,
            String language,
            LessonRenderer renderer,
            Map<String, String> titles,
            Map<String, String> html,
            List<Map<String, String>> objectives,
            Problems problems) {
        Optional<FrontMatter> page = FrontMatter.split(path, text(files, path), problems);
        Optional<YamlMap> front = page.flatMap(p -> YamlMap.parse(path, p.yaml(), 1, problems));
        if (front.isEmpty()) {
            return;
        }
        YamlMap translation = front.get().allowOnly(TRANSLATION_KEYS);
        translation.requiredString("title").ifPresent(t -> titles.put(language, t));
        List<String> translated = translation.strings("objectives");
        if (!translated.isEmpty() && translated.size() != objectives.size()) {
            translation.report(
                    "objectives", CourseProblems.LESSON_TRANSLATION_OBJECTIVES, objectives.size(), translated.size());
        } else {
            for (int i = 0; i < translated.size(); i++) {
                objectives.get(i).put(language, translated.get(i));
            }
        }
        html.put(language, body(path, page.get(), renderer, problems));
    }

    private static String body(String path, FrontMatter page, LessonRenderer renderer, Problems problems) {
        if (page.markdown().isBlank()) {
            problems.report(path, page.markdownLine(), CourseProblems.LESSON_EMPTY);
            return "";
        }
        return renderer.render(path, page.markdown(), page.markdownLine() - 1, problems);
    }

    private Optional<Quiz> readQuiz(YamlMap quiz, ReadContext context, Ids ids) {
        quiz.allowOnly(QUIZ_KEYS);
        Optional<String> id = quiz.id("id");
        id.ifPresent(i -> ids.quizzes.check(quiz, "id", i));
        Optional<LocalizedText> title = quiz.requiredText("title");
        QuizSettings settings = quiz.map("settings").map(this::settings).orElse(QuizSettings.DEFAULT);
        List<Question> questions = new ArrayList<>();
        Map<String, String> forms = new LinkedHashMap<>();
        List<YamlMap> written = quiz.maps("questions");
        for (YamlMap question : written) {
            Optional<String> form = question.string("form");
            if (form.isPresent() && !FORM.matcher(form.get()).matches()) {
                question.report("form", CourseProblems.QUESTION_BAD_FORM, form.get());
            }
            readQuestion(question, context, ids).ifPresent(q -> {
                questions.add(q);
                form.ifPresent(f -> forms.put(q.id(), f));
            });
        }
        // A quiz without questions is reported once the tests are known: the delayed retest may
        // have none of its own (withForms).
        if (id.isEmpty() || title.isEmpty() || questions.size() < written.size()) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id.get(), title.get(), settings, questions, forms));
    }

    private QuizSettings settings(YamlMap settings) {
        settings.allowOnly(SETTINGS_KEYS);
        QuizSettings defaults = QuizSettings.DEFAULT;
        return new QuizSettings(
                settings.integer("pass-mark", 0, 100).orElse(defaults.passMark()),
                settings.integer("max-attempts", 0, 100).orElse(defaults.maxAttempts()),
                settings.choice("grading", List.of("highest", "last"))
                        .map(g -> QuizSettings.Grading.valueOf(g.toUpperCase(Locale.ROOT)))
                        .orElse(defaults.grading()),
                settings.choice("feedback", List.of("immediate", "after-submit"))
                        .map(f -> QuizSettings.Feedback.valueOf(
                                f.toUpperCase(Locale.ROOT).replace('-', '_')))
                        .orElse(defaults.feedback()),
                settings.bool("shuffle-questions").orElse(defaults.shuffleQuestions()),
                settings.bool("shuffle-choices").orElse(defaults.shuffleChoices()),
                settings.integer("time-limit-minutes", 0, 600).orElse(defaults.timeLimitMinutes()));
    }

    private Optional<Question> readQuestion(YamlMap question, ReadContext context, Ids ids) {
        Optional<String> id = question.id("id");
        id.ifPresent(i -> ids.questions.check(question, "id", i));
        Optional<String> typeName = question.requiredString("type");
        Optional<QuestionType> type = typeName.flatMap(QuestionTypes::named);
        if (typeName.isPresent() && type.isEmpty()) {
            question.report(
                    "type",
                    CourseProblems.QUESTION_UNKNOWN_TYPE,
                    typeName.get(),
                    String.join(", ", QuestionTypes.names()));
        }
        Set<String> keys = new TreeSet<>(QUESTION_KEYS);
        type.ifPresent(t -> keys.addAll(t.keys()));
        if (type.isPresent()) {
            question.allowOnly(keys);
        }
        Optional<LocalizedText> text = question.requiredText("text");
        Optional<LocalizedText> explanation = question.text("explanation");
        List<String> tags = tags(question);
        var definition = type.flatMap(t -> t.read(question, context));
        if (id.isEmpty() || text.isEmpty() || definition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), type.get().name(), text.get(), explanation, tags, definition.get()));
    }

    private List<String> tags(YamlMap owner) {
        List<String> tags = owner.strings("tags");
        for (String tag : tags) {
            if (!vocabulary.knows(tag)) {
                owner.report("tags", CourseProblems.TAG_UNKNOWN, tag, TagVocabulary.FILE);
            }
        }
        return tags;
    }

    private static Map<String, Asset> readImages(CourseFiles files, Set<String> used, Problems problems) {
        Map<String, Asset> assets = new HashMap<>();
        for (String path : files.paths()) {
            String extension = path.contains(".")
                    ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            if (extension.equals("svg")) {
                used.add(path);
                problems.report(path, 0, CourseProblems.IMAGE_SVG);
                continue;
            }
            String mediaType = IMAGE_TYPES.get(extension);
            if (mediaType == null) {
                continue;
            }
            used.add(path);
            byte[] bytes = files.bytes(path);
            if (bytes.length > MAX_IMAGE_BYTES) {
                problems.report(path, 0, CourseProblems.IMAGE_TOO_BIG, bytes.length / 1024, MAX_IMAGE_BYTES / 1024);
                continue;
            }
            int[] size = imageSize(bytes, mediaType);
            if (size == null) {
                problems.report(path, 0, CourseProblems.IMAGE_UNREADABLE);
                continue;
            }
            assets.put(path, new Asset(path, mediaType, bytes, size[0], size[1]));
        }
        return assets;
    }

    /** Width and height; null when the file is not really an image. WebP is only recognised, not decoded. */
    private static int[] imageSize(byte[] bytes, String mediaType) {
        if (mediaType.equals("image/webp")) {
            boolean webp = bytes.length > 12
                    && new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                    && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            return webp ? new int[] {0, 0} : null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? null : new int[] {image.getWidth(), image.getHeight()};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Top-level folders holding a module.yaml, in name order (01-, 02-, ...). */
    private static List<String> moduleFolders(CourseFiles files, Problems problems) {
        Set<String> folders = new TreeSet<>();
        for (String path : files.paths()) {
            int slash = path.indexOf('/');
            if (slash > 0) {
                folders.add(path.substring(0, slash));
            }
        }
        List<String> modules = new ArrayList<>();
        for (String folder : folders) {
            if (files.has(folder + "/" + MODULE_FILE)) {
                modules.add(folder);
            } else if (filesIn(files, folder).stream().anyMatch(p -> p.endsWith(".md") || p.endsWith(QUIZ_FILE))) {
                problems.report(folder, 0, CourseProblems.MODULE_NO_DESCRIPTOR, MODULE_FILE);
            }
        }
        return modules;
    }

    private static List<String> filesIn(CourseFiles files, String folder) {
        return files.paths().stream()
                .filter(p -> p.startsWith(folder + "/") && p.indexOf('/', folder.length() + 1) < 0)
                .toList();
    }

    private static void reportUnusedFiles(CourseFiles files, Set<String> used, Problems problems) {
        for (String path : files.paths()) {
            if (!used.contains(path) && !isNote(path)) {
                problems.report(path, 0, CourseProblems.FILE_UNUSED);
            }
        }
    }

    /** README and licence files are notes for people working on the files, not course content. */
    private static boolean isNote(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        return name.startsWith("README") || name.startsWith("LICENSE") || name.startsWith("LISENSI");
    }

    private static Optional<YamlMap> yaml(CourseFiles files, String path, Problems problems) {
        return YamlMap.parse(path, text(files, path), 0, problems);
    }

    private static String text(CourseFiles files, String path) {
        String text = new String(files.bytes(path), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Ids that must be unique within the whole course, so progress can refer to them. */
    private static final class Ids {
        final YamlMap.UniqueIds modules = new YamlMap.UniqueIds();
        final YamlMap.UniqueIds lessons = new YamlMap.UniqueIds();
        final YamlMap.UniqueIds quizzes = new YamlMap.UniqueIds();
        final YamlMap.UniqueIds questions = new YamlMap.UniqueIds();
    }
}
