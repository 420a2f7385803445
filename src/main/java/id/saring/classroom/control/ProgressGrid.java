package id.saring.classroom.control;

import id.saring.catalog.text.LocalizedText;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.QuizOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * A class's progress: one row per student, one cell per module, the students who need the
 * teacher first. A student is <em>stuck</em> when a module's quiz was submitted
 * {@value #STUCK_AFTER} times or more without passing; <em>behind</em> when an assigned module
 * is past its due date and not done.
 */
public record ProgressGrid(List<Column> columns, List<Row> rows) {

    public static final int STUCK_AFTER = 2;

    /** A module of the course. */
    public record Column(String moduleId, LocalizedText title) {}

    /** Where a student stands in one module. */
    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        DONE
    }

    /**
     * @param score the quiz's counting score, when one was submitted
     * @param due when it is due for this student, if it was assigned to them
     * @param attempt the quiz attempt that counts, for reading the student's answers
     */
    public record Cell(
            State state,
            OptionalLong score,
            Optional<Instant> due,
            boolean late,
            boolean stuck,
            Optional<Long> attempt) {}

    /** A student's row. */
    public record Row(Student student, List<Cell> cells, int percent) {

        public boolean isStuck() {
            return cells.stream().anyMatch(Cell::stuck);
        }

        public boolean isBehind() {
            return cells.stream().anyMatch(Cell::late);
        }

        public long lateCount() {
            return cells.stream().filter(Cell::late).count();
        }

        /** 0: stuck, 1: behind, 2: fine. Reports sort by it. */
        public int attention() {
            return isStuck() ? 0 : isBehind() ? 1 : 2;
        }
    }

    /** Students with the <em>Macet</em> badge. */
    public long stuckCount() {
        return rows.stream().filter(Row::isStuck).count();
    }

    /**
     * Students with the <em>Tertinggal</em> badge, whether or not they are stuck as well: the
     * headline counts the badges the teacher sees in the grid.
     */
    public long behindCount() {
        return rows.stream().filter(Row::isBehind).count();
    }

    /**
     * @param progress each student's progress in the course
     * @param failedAttempts per student, per quiz id: submitted attempts that did not pass
     * @param countingAttempts per student, per module id: the id of the quiz attempt that counts
     * @param due when a module is due for a student, if it was assigned to them
     */
    public static ProgressGrid of(
            List<Column> columns,
            Map<Student, CourseProgress> progress,
            Map<Long, Map<String, Integer>> failedAttempts,
            Map<Long, Map<String, Long>> countingAttempts,
            BiFunction<Student, String, Optional<Instant>> due,
            Instant now) {
        List<Row> rows = new ArrayList<>();
        progress.forEach((student, course) -> {
            List<Cell> cells = new ArrayList<>();
            for (Column column : columns) {
                var module = course.module(column.moduleId()).orElseThrow();
                State state =
                        module.isComplete() ? State.DONE : module.isStarted() ? State.IN_PROGRESS : State.NOT_STARTED;
                OptionalLong score = module.quiz().map(QuizOutcome::score).orElse(OptionalLong.empty());
                Optional<Instant> dueAt = due.apply(student, column.moduleId());
                boolean late = state != State.DONE && dueAt.map(now::isAfter).orElse(false);
                boolean stuck = state != State.DONE
                        && module.module()
                                .quiz()
                                .map(q -> failedAttempts
                                                .getOrDefault(student.id(), Map.of())
                                                .getOrDefault(q.id(), 0)
                                        >= STUCK_AFTER)
                                .orElse(false);
                Optional<Long> attempt = Optional.ofNullable(
                        countingAttempts.getOrDefault(student.id(), Map.of()).get(column.moduleId()));
                cells.add(new Cell(state, score, dueAt, late, stuck, attempt));
            }
            rows.add(new Row(student, cells, course.percent()));
        });
        rows.sort(Comparator.comparingInt(Row::attention)
                .thenComparingInt(Row::percent)
                .thenComparing(r -> r.student().name().toLowerCase(Locale.ROOT)));
        return new ProgressGrid(List.copyOf(columns), List.copyOf(rows));
    }
}
