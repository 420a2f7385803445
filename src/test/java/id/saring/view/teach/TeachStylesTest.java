package id.saring.view.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.classroom.control.ProgressGrid.Cell;
import id.saring.classroom.control.ProgressGrid.State;
import id.saring.progress.control.Mastery;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TeachStylesTest {

    private final TeachStyles styles = new TeachStyles();

    @Test
    void bandsChangeAtFortySixtyAndEighty() {
        List<Integer> bands = IntStream.of(0, 39, 40, 59, 60, 79, 80, 100)
                .mapToObj(styles::band)
                .toList();

        assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 3), bands);
    }

    @Test
    void aHeatMapCellIsBandedOrNone() {
        assertEquals("band-2", styles.heatClass(Optional.of(new Mastery(65, 4))));
        assertEquals("band-0", styles.heatClass(Optional.of(new Mastery(0, 1))));
        assertEquals("none", styles.heatClass(Optional.empty()));
    }

    @Test
    void aGridCellNamesItsStateThenLateThenStuck() {
        assertEquals("cell not_started", styles.cellClass(cell(State.NOT_STARTED, false, false)));
        assertEquals("cell in_progress late stuck", styles.cellClass(cell(State.IN_PROGRESS, true, true)));
        assertEquals("cell done late", styles.cellClass(cell(State.DONE, true, false)));
        assertEquals("cell in_progress stuck", styles.cellClass(cell(State.IN_PROGRESS, false, true)));
    }

    private static Cell cell(State state, boolean late, boolean stuck) {
        return new Cell(state, OptionalLong.empty(), Optional.empty(), late, stuck, Optional.empty());
    }
}
