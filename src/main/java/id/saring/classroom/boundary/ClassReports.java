package id.saring.classroom.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Response;
import id.saring.catalog.question.TruthJudgement;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.control.ClassMastery;
import id.saring.classroom.control.PrePost;
import id.saring.classroom.control.ProgressGrid;
import id.saring.classroom.control.QuestionAnalysis;
import id.saring.classroom.control.Student;
import id.saring.classroom.entity.Assignment;
import id.saring.progress.boundary.Progress;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.Mastery;
import id.saring.quiz.boundary.AttemptRecords;
import id.saring.quiz.entity.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reports a teacher opens Saring for: the progress grid, question analysis, the technique
 * heat map and the pre-test/post-test change, for one of their own classes and one course. Every
 * method starts with {@link Classrooms#members}, which checks the class is the teacher's.
 */
@ApplicationScoped
@Transactional
public class ClassReports {

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    Classrooms classrooms;

    @Inject
    Catalog catalog;

    @Inject
    Progress progress;

    @Inject
    AttemptRecords attemptRecords;

    @Inject
    Assignments assignments;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Activity in one week: lessons read and quizzes submitted by the class. */
    public record Week(LocalDate monday, int lessonsRead, int quizzesSubmitted) {}

    /** The courses worth reporting on for a class: those assigned to it first, then the other published ones. */
    public List<Course> courses(String teacherUsername, long classId) {
        Set<String> assigned = new LinkedHashSet<>();
        assignments.of(teacherUsername, classId).forEach(a -> assigned.add(a.getCourseId()));
        List<Course> courses = new ArrayList<>();
        assigned.forEach(id -> catalog.current(id).ifPresent(courses::add));
        visibleCourses.forTeacher(teacherUsername).stream()
                .filter(c -> !assigned.contains(c.id()))
                .forEach(courses::add);
        return courses;
    }

    public Course course(String courseId) {
        return catalog.current(courseId)
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.ASSIGNMENT_NO_COURSE));
    }

    public List<Student> students(String teacherUsername, long classId) {
        return classrooms.members(teacherUsername, classId).stream()
                .map(m -> new Student(
                        m.account().getId(),
                        m.account().getUsername(),
                        m.account().getDisplayName()))
                .toList();
    }

    /**
     * Students × modules. The columns are the modules assigned to the class when every assignment
     * of the course names a module; all the course's modules otherwise.
     */
    public ProgressGrid grid(String teacherUsername, long classId, String courseId) {
        List<Student> students = students(teacherUsername, classId);
        Course course = course(courseId);
        List<Assignment> given = assignments.of(teacherUsername, classId).stream()
                .filter(a -> a.getCourseId().equals(courseId))
                .toList();
        Set<String> assignedModules = new LinkedHashSet<>();
        boolean wholeCourse =
                given.isEmpty() || given.stream().anyMatch(a -> a.getModuleId().isEmpty());
        given.forEach(a -> a.getModuleId().ifPresent(assignedModules::add));
        List<ProgressGrid.Column> columns = course.modules().stream()
                .filter(m -> wholeCourse || assignedModules.contains(m.id()))
                .map(m -> new ProgressGrid.Column(m.id(), m.title()))
                .toList();
        List<Long> ids = students.stream().map(Student::id).toList();
        var byStudent = progress.ofStudents(ids, course);
        Map<Long, List<Attempt>> attempts = attemptRecords.ofStudentsInCourse(ids, courseId);
        Map<Long, Map<String, Integer>> failed = new HashMap<>();
        for (Module module : course.modules()) {
            module.quiz()
                    .ifPresent(quiz -> attempts.forEach((student, list) -> {
                        int count = (int) list.stream()
                                .filter(a -> a.getQuizId().equals(quiz.id()) && a.isSubmitted())
                                .filter(a -> !a.passes(quiz.settings().passMark()))
                                .count();
                        failed.computeIfAbsent(student, s -> new HashMap<>()).put(quiz.id(), count);
                    }));
        }
        Map<Student, CourseProgress> rows = new LinkedHashMap<>();
        students.forEach(s -> rows.put(s, byStudent.get(s.id())));
        Map<Long, Map<String, Long>> counted = new HashMap<>();
        for (Module module : course.modules()) {
            module.quiz()
                    .ifPresent(quiz -> attempts.forEach((student, list) -> Progress.counting(quiz, list)
                            .ifPresent(a -> counted.computeIfAbsent(student, s -> new HashMap<>())
                                    .put(module.id(), a.getId()))));
        }
        return ProgressGrid.of(
                columns,
                rows,
                failed,
                counted,
                (student, moduleId) -> Assignments.dueFor(given, student.id(), courseId, moduleId),
                Instant.now(clock));
    }

    /**
     * A submitted attempt of a student in one of the teacher's classes, for reading their answers.
     * Any other attempt (another class's, an unsubmitted one) is "not found".
     */
    public Attempt attempt(String teacherUsername, long classId, long attemptId) {
        Set<Long> students =
                students(teacherUsername, classId).stream().map(Student::id).collect(Collectors.toSet());
        return attemptRecords
                .find(attemptId)
                .filter(attempt -> students.contains(attempt.getAccountId()) && attempt.isSubmitted())
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.REPORT_NO_ATTEMPT));
    }

    /** The grid for a download: exports of students' grades are recorded in the audit trail. */
    public ProgressGrid export(String teacherUsername, long classId, String courseId, String format) {
        ProgressGrid grid = grid(teacherUsername, classId, courseId);
        audit.record(
                AuditEvent.Action.GRADES_EXPORTED,
                classrooms.get(teacherUsername, classId).getName(),
                courseId + " (" + format + ", " + grid.rows().size() + ")");
        return grid;
    }

    /** The quizzes of the course, in course order. */
    public List<Quiz> quizzes(Course course) {
        return course.modules().stream().flatMap(m -> m.quiz().stream()).toList();
    }

    /**
     * How the class did on each question of a quiz, from each student's first submitted attempt:
     * what fooled them before the quiz's feedback taught them.
     */
    public List<QuestionAnalysis> questions(String teacherUsername, long classId, String courseId, String quizId) {
        List<Student> students = students(teacherUsername, classId);
        Course course = course(courseId);
        Quiz quiz = quizzes(course).stream()
                .filter(q -> q.id().equals(quizId))
                .findFirst()
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.REPORT_NO_QUIZ));
        List<QuestionAnalysis.Given> given = new ArrayList<>();
        firstAttempts(students, courseId, quizId).values().forEach(attempt -> {
            for (String questionId : attempt.getQuestionOrder()) {
                given.add(attempt.answerTo(questionId)
                        .map(a -> new QuestionAnalysis.Given(
                                questionId, a.getResponse(), a.getFraction().orElse(0.0)))
                        .orElse(new QuestionAnalysis.Given(questionId, Response.EMPTY, 0)));
            }
        });
        return QuestionAnalysis.of(quiz, given);
    }

    /** Mastery per technique and skill, per student and for the class. */
    public ClassMastery mastery(String teacherUsername, long classId, String courseId) {
        List<Student> students = students(teacherUsername, classId);
        Course course = course(courseId);
        var byId = progress.masteryOfStudents(students.stream().map(Student::id).toList(), course);
        Map<Student, Map<String, Mastery>> byStudent = new LinkedHashMap<>();
        students.forEach(s -> byStudent.put(s, byId.getOrDefault(s.id(), Map.of())));
        return ClassMastery.of(byStudent);
    }

    /** The change between the course's pre-test and post-test; empty when the course names none. */
    public Optional<PrePost> prePost(String teacherUsername, long classId, String courseId) {
        List<Student> students = students(teacherUsername, classId);
        Course course = course(courseId);
        if (course.preTest().isEmpty() || course.postTest().isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> preForms = new HashMap<>();
        Map<Long, String> postForms = new HashMap<>();
        return Optional.of(PrePost.of(
                students,
                judged(students, course, course.preTest().get(), preForms),
                judged(students, course, course.postTest().get(), postForms),
                preForms,
                postForms));
    }

    /** Lessons read and quizzes submitted per week, the last {@code weeks} weeks, oldest first. */
    public List<Week> activity(String teacherUsername, long classId, String courseId, int weeks, ZoneId zone) {
        List<Student> students = students(teacherUsername, classId);
        List<Long> ids = students.stream().map(Student::id).toList();
        LocalDate thisMonday =
                LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        int[] read = new int[weeks];
        int[] submitted = new int[weeks];
        progress.readOfStudents(ids, courseId).forEach(at -> count(read, first, at, zone));
        attemptRecords.ofStudentsInCourse(ids, courseId).values().stream()
                .flatMap(List::stream)
                .flatMap(a -> a.getSubmittedAt().stream())
                .forEach(at -> count(submitted, first, at, zone));
        List<Week> activity = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            activity.add(new Week(first.plusWeeks(i), read[i], submitted[i]));
        }
        return activity;
    }

    private static void count(int[] weeks, LocalDate first, Instant at, ZoneId zone) {
        long week = ChronoUnit.WEEKS.between(first, at.atZone(zone).toLocalDate());
        if (week >= 0 && week < weeks.length) {
            weeks[(int) week]++;
        }
    }

    /** Each student's first submitted attempt at a quiz. */
    private Map<Long, Attempt> firstAttempts(List<Student> students, String courseId, String quizId) {
        Map<Long, Attempt> first = new HashMap<>();
        attemptRecords
                .ofStudentsInCourse(students.stream().map(Student::id).toList(), courseId)
                .forEach((student, attempts) -> attempts.stream()
                        .filter(a -> a.getQuizId().equals(quizId) && a.isSubmitted())
                        .min(Comparator.comparingInt(Attempt::getNumber))
                        .ifPresent(a -> first.put(student, a)));
        return first;
    }

    /**
     * The judged true/false items of each student's first submitted attempt at a test; the form
     * each took goes into {@code forms} (tests given in parallel forms only).
     */
    private Map<Long, List<PrePost.Item>> judged(
            List<Student> students, Course course, String quizId, Map<Long, String> forms) {
        Map<Long, List<PrePost.Item>> judged = new HashMap<>();
        firstAttempts(students, course.id(), quizId).forEach((student, attempt) -> {
            Optional<Quiz> asTaken = progress.asTaken(course.id(), attempt, quizId);
            if (asTaken.isEmpty()) {
                return;
            }
            asTaken.get().formOf(attempt.getQuestionOrder()).ifPresent(form -> forms.put(student, form));
            List<PrePost.Item> items = new ArrayList<>();
            for (String questionId : attempt.getQuestionOrder()) {
                Question question = asTaken.get().question(questionId).orElse(null);
                if (question == null || !(question.definition() instanceof TruthJudgement judgement)) {
                    continue;
                }
                Response response =
                        attempt.answerTo(questionId).map(a -> a.getResponse()).orElse(Response.EMPTY);
                judgement
                        .judgedTrue(response)
                        .ifPresent(calledTrue ->
                                items.add(new PrePost.Item(judgement.isTrue(), calledTrue, techniques(question))));
            }
            judged.put(student, items);
        });
        return judged;
    }

    private static List<String> techniques(Question question) {
        Set<String> techniques = new LinkedHashSet<>();
        techniques.addAll(question.definition().techniques());
        question.tags().stream().filter(t -> t.startsWith("teknik:")).forEach(techniques::add);
        return List.copyOf(techniques);
    }
}
