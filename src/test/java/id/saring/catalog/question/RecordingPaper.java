package id.saring.catalog.question;

import id.saring.infrastructure.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A sheet that writes down what a type prints, one line per call ({@code "answer: A, C"}), with
 * choices in written order and letters A, B, C...: a type's printing tested without a PDF.
 */
public final class RecordingPaper implements Paper {

    private final Locale locale;
    private final List<String> lines = new ArrayList<>();

    public RecordingPaper(Locale locale) {
        this.locale = locale;
    }

    public RecordingPaper() {
        this(Locale.forLanguageTag("id"));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Every line, one per row. */
    public String text() {
        return String.join("\n", lines);
    }

    public long count(String kind) {
        return lines.stream().filter(line -> line.startsWith(kind + ":")).count();
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    @Override
    public String techniqueName(String tag) {
        return tag;
    }

    @Override
    public String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    @Override
    public List<Integer> scrambled(int size, String what, int keepApart) {
        return IntStream.range(0, size).boxed().toList();
    }

    @Override
    public List<Choice> inPrintedOrder(List<Choice> choices) {
        return choices;
    }

    @Override
    public void hint(String text) {
        lines.add("hint: " + text);
    }

    @Override
    public void heading(String text) {
        lines.add("heading: " + text);
    }

    @Override
    public void line(Line line) {
        lines.add("line: " + words(line));
    }

    @Override
    public void item(Marker marker, Line text) {
        lines.add("item: " + (marker.boxed() ? "[" + marker.text() + "]" : marker.text()) + " " + words(text));
    }

    @Override
    public void boxes(List<String> words) {
        lines.add("boxes: " + String.join(" | ", words));
    }

    @Override
    public void writingLine(String label) {
        lines.add("write: " + label);
    }

    @Override
    public void card(List<Line> card) {
        lines.add("card: " + card.stream().map(RecordingPaper::words).collect(Collectors.joining(" / ")));
    }

    @Override
    public void picture(PictureFile picture, String alt, List<Outline> outlines) {
        lines.add("picture: " + picture.path() + " (" + alt + ") "
                + outlines.stream()
                        .map(o -> o.letter() + "@" + o.x() + "," + o.y() + "," + o.width() + "," + o.height())
                        .collect(Collectors.joining(" ")));
    }

    @Override
    public void answer(String answer) {
        lines.add("answer: " + answer);
    }

    private static String words(Line line) {
        return line.runs().stream().map(Run::text).collect(Collectors.joining());
    }
}
