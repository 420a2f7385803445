package id.saring.view.teach;

import id.saring.classroom.control.ProgressGrid;
import id.saring.progress.control.Mastery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;

/** The CSS classes of the teacher's report: colour bands of percentages and the grid's cells. */
@Named("teachStyles")
@ApplicationScoped
public class TeachStyles {

    /** Colour band of a percentage, 0 (weak, under 40) to 3 (strong, 80 and over). */
    public int band(int percent) {
        return percent < 40 ? 0 : percent < 60 ? 1 : percent < 80 ? 2 : 3;
    }

    /** A heat map cell: its colour band, or "none" when the student answered nothing on it. */
    public String heatClass(Optional<Mastery> mastery) {
        return mastery.map(m -> "band-" + band(m.percent())).orElse("none");
    }

    /** A progress grid cell: its state, and whether it is late or stuck. */
    public String cellClass(ProgressGrid.Cell cell) {
        return "cell " + cell.state().name().toLowerCase(Locale.ROOT) + (cell.late() ? " late" : "")
                + (cell.stuck() ? " stuck" : "");
    }
}
