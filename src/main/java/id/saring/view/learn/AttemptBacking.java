package id.saring.view.learn;

import id.saring.catalog.content.Question;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;

/**
 * learn/attempt.xhtml?id=...&q=...: the attempt's questions, one on screen at a time. Every
 * question is in the page, so the script can move between them without the network; without
 * script, {@code q} chooses the one shown.
 */
@Named("learnAttempt")
@RequestScoped
public class AttemptBacking {

    @Inject
    Sheets sheets;

    private long id;
    private int position = 1;
    private AnswerSheet sheet;

    public void load() throws IOException {
        sheet = sheets.open(id, false).orElse(null);
        if (sheet != null) {
            position = Math.max(1, Math.min(position, sheet.getQuestions().size() + 1));
        }
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    /** 1..n for a question; n + 1 for the summary before submitting. */
    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isSummary() {
        return position > sheet.getQuestions().size();
    }

    public boolean isCurrent(Question question) {
        return sheet.getQuestions().indexOf(question) + 1 == position;
    }

    /** Seconds left before the attempt closes by itself; -1 when there is no time limit. */
    public long getSecondsLeft() {
        return sheet.getAttempt()
                .remaining(Instant.now())
                .map(d -> d.toSeconds())
                .orElse(-1L);
    }

    public long getUnansweredCount() {
        return sheet.getQuestions().size() - sheet.getAttempt().answeredCount();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
