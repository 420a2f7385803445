package id.saring.catalog.content;

import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.PictureFile;
import id.saring.catalog.text.LocalizedText;
import id.saring.infrastructure.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The text a quiz's offline page carries in one language, counted in bytes as {@link Lesson}'s
 * HTML is: each question's text and what a student needs to answer it (its choices, its post or
 * chat, what the type prints below the question, read through the question types' own
 * {@link Paper} printing), and, for a quiz that gives feedback at once, the key and the
 * explanations the page shows after "Periksa". Pictures are the course's, counted once with its
 * assets; the page's markup is left out as a lesson's is.
 */
final class OfflineQuizText implements Paper {

    private final Locale locale;
    private final String language;
    private long bytes;

    private OfflineQuizText(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
    }

    static long bytes(Quiz quiz, String language) {
        OfflineQuizText page = new OfflineQuizText(language);
        page.add(quiz.title());
        boolean keys = quiz.settings().feedbackAtOnce();
        for (Question question : quiz.questions()) {
            page.add(question.text());
            question.definition().ask(page);
            if (keys) {
                question.definition().answer(page);
                question.explanation().ifPresent(page::add);
                question.definition().choices().forEach(c -> c.feedback().ifPresent(page::add));
            }
        }
        return page.bytes;
    }

    private void add(LocalizedText text) {
        add(text.in(language));
    }

    private void add(String text) {
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }

    private void add(Line line) {
        line.runs().forEach(run -> add(run.text()));
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
        return String.valueOf((char) ('A' + index % 26));
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
        add(text);
    }

    @Override
    public void heading(String text) {
        add(text);
    }

    @Override
    public void line(Line line) {
        add(line);
    }

    @Override
    public void item(Marker marker, Line text) {
        add(text);
    }

    @Override
    public void boxes(List<String> words) {
        words.forEach(this::add);
    }

    @Override
    public void writingLine(String label) {
        add(label);
    }

    @Override
    public void card(List<Line> lines) {
        lines.forEach(this::add);
    }

    @Override
    public void picture(PictureFile picture, String alt, List<Outline> outlines) {
        add(alt);
    }

    @Override
    public void answer(String answer) {
        add(answer);
    }
}
