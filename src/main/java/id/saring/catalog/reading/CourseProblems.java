package id.saring.catalog.reading;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a course's files (besides their YAML), and what {@code check} prints. */
@MessageKeys(Problem.BUNDLE)
public final class CourseProblems {

    public static final String CHECK_FAILED = "check.failed";
    public static final String CHECK_OK = "check.ok";
    public static final String CHECK_USAGE = "check.usage";
    public static final String COURSE_BAD_GRADES = "course.badGrades";
    public static final String COURSE_NO_DESCRIPTOR = "course.noDescriptor";
    public static final String COURSE_NO_MODULES = "course.noModules";
    public static final String COURSE_SAME_TEST = "course.sameTest";
    public static final String COURSE_UNEVEN_FORMS = "course.unevenForms";
    public static final String COURSE_UNKNOWN_TEST = "course.unknownTest";
    public static final String FILE_UNUSED = "file.unused";
    public static final String FOLDER_UNREADABLE = "folder.unreadable";
    public static final String IMAGE_SVG = "image.svg";
    public static final String IMAGE_TOO_BIG = "image.tooBig";
    public static final String IMAGE_UNREADABLE = "image.unreadable";
    public static final String LESSON_BAD_LINK = "lesson.badLink";
    public static final String LESSON_BROKEN_IMAGE = "lesson.brokenImage";
    public static final String LESSON_EMPTY = "lesson.empty";
    public static final String LESSON_EXTERNAL_IMAGE = "lesson.externalImage";
    public static final String LESSON_IMAGE_WITHOUT_ALT = "lesson.imageWithoutAlt";
    public static final String LESSON_NO_FRONT_MATTER = "lesson.noFrontMatter";
    public static final String LESSON_NO_OBJECTIVES = "lesson.noObjectives";
    public static final String LESSON_TRANSLATION_OBJECTIVES = "lesson.translationObjectives";
    public static final String LESSON_UNCLOSED_FRONT_MATTER = "lesson.unclosedFrontMatter";
    public static final String LESSON_UNSAFE_HTML = "lesson.unsafeHtml";
    public static final String MODULE_EMPTY = "module.empty";
    public static final String MODULE_NO_DESCRIPTOR = "module.noDescriptor";
    public static final String PLAN_EMPTY = "plan.empty";
    public static final String QUESTION_BAD_FORM = "question.badForm";
    public static final String QUESTION_UNKNOWN_TYPE = "question.unknownType";
    public static final String QUIZ_NO_QUESTIONS = "quiz.noQuestions";
    public static final String TAG_UNKNOWN = "tag.unknown";
    public static final String TAGS_BAD_TAG = "tags.badTag";
    public static final String TAGS_MISSING = "tags.missing";
    public static final String ZIP_FILE_TOO_BIG = "zip.fileTooBig";
    public static final String ZIP_NOT_AZIP = "zip.notAZip";
    public static final String ZIP_TOO_BIG = "zip.tooBig";
    public static final String ZIP_TOO_MANY_FILES = "zip.tooManyFiles";
    public static final String ZIP_UNSAFE_PATH = "zip.unsafePath";

    private CourseProblems() {}
}
