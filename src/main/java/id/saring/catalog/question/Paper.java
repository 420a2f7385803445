package id.saring.catalog.question;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A printed sheet as a question type writes on it: the worksheet a class answers on paper, or the
 * teacher's answer key. A type says what goes below its question's text in this small vocabulary;
 * the printer owns the layout (fonts, boxes, columns) and the numbers, letters and scrambled orders,
 * so a quiz's worksheet and its key always agree.
 */
public interface Paper {

    /** The language the sheet is printed in. */
    Locale locale();

    /** A text of the message bundle, in the sheet's language. */
    String text(String key, Object... arguments);

    /** The course's name for a technique tag, e.g. {@code teknik:emosi}. */
    String techniqueName(String tag);

    /** A, B, ... Z, AA, AB, ...: how the sheet letters the things to pick. */
    String letter(int index);

    /**
     * The indexes 0..size-1 in printed order, the same on the worksheet and the key: scrambled by
     * the question's id and {@code what}. When the first {@code keepApart} would all stay in place
     * (the answer printed in order), they are moved so none does.
     */
    List<Integer> scrambled(int size, String what, int keepApart);

    /** Choices in printed order: scrambled when the quiz shuffles choices. */
    List<Choice> inPrintedOrder(List<Choice> choices);

    /** A short instruction in small italics: "Lingkari satu huruf." */
    void hint(String text);

    /** A small bold label above a list: "Pilihan:". */
    void heading(String text);

    /** A paragraph across the answer columns. */
    void line(Line line);

    /** A row: a box to circle or write in, or a label such as "1." or "[3]", then its text. */
    void item(Marker marker, Line text);

    /** Words in boxes side by side, to circle one: Benar / Salah. */
    void boxes(List<String> words);

    /** A line to write on, after a label; an empty label gives a bare line. */
    void writingLine(String label);

    /** Lines on a light card with a thin border: a post or a chat as the student would see it. */
    void card(List<Line> lines);

    /**
     * A picture with rectangles outlined on it, each with its letter at its corner, scaled to the
     * answer column; where the picture cannot be printed, its text alternative stands instead.
     */
    void picture(PictureFile picture, String alt, List<Outline> outlines);

    /** The key's answer, after its marker ("Kunci:"). */
    void answer(String answer);

    /** A rectangle on a picture, in percent of its width and height from the top left, and its letter. */
    record Outline(String letter, double x, double y, double width, double height) {}

    /** What a row starts with: a box (empty, or with a letter to circle) or a bold label. */
    record Marker(String text, boolean boxed) {

        public static Marker box(String letter) {
            return new Marker(letter, true);
        }

        public static Marker emptyBox() {
            return new Marker("", true);
        }

        public static Marker label(String text) {
            return new Marker(text, false);
        }
    }

    /** How a run of text looks. Sizes: normal, {@code SMALL} or {@code SMALLER}; colours: black or one of the tones. */
    enum Look {
        BOLD,
        ITALIC,
        UNDERLINE,
        SMALL,
        SMALLER,
        /** Grey: what frames the content (labels, times, captions). */
        MUTED,
        /** The house green: numbers and markers. */
        ACCENT,
        /** Red: what a student should be warned of. */
        ALERT,
        /** Link blue. */
        LINK
    }

    /** Text in one look; a run of {@code "\n"} breaks the line. */
    record Run(String text, Set<Look> looks) {

        public Run {
            looks = looks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(looks));
        }

        public static Run of(String text, Look... looks) {
            return new Run(text, Set.of(looks));
        }

        public boolean is(Look look) {
            return looks.contains(look);
        }
    }

    /**
     * A paragraph of runs, with the space after it in points; {@code right}-aligned for a
     * message's time.
     */
    record Line(List<Run> runs, float spaceAfter, boolean right) {

        public Line {
            runs = List.copyOf(runs);
        }

        public static Line of(Run... runs) {
            return new Line(Arrays.asList(runs), 0, false);
        }

        public static Line of(String text, Look... looks) {
            return of(Run.of(text, looks));
        }

        /** "Label: text", the label bold in {@code labelLooks}. */
        public static Line labelled(String label, String text, Look... labelLooks) {
            EnumSet<Look> looks = EnumSet.of(Look.BOLD);
            looks.addAll(Arrays.asList(labelLooks));
            return of(new Run(label + " ", looks), Run.of(text));
        }

        public Line spaced(float points) {
            return new Line(runs, points, right);
        }

        public Line alignedRight() {
            return new Line(runs, spaceAfter, true);
        }
    }
}
