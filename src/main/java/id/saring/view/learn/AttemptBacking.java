package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Question;
import id.saring.quiz.boundary.AttemptException;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.entity.Attempt;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private long id;
    private int position = 1;
    private AnswerSheet sheet;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Attempt attempt;
        try {
            attempt = attempts.get(id, currentUser.getUsername());
        } catch (AttemptException e) {
            NotFound.send(faces);
            return;
        }
        if (attempt.isSubmitted()) {
            external.redirect(external.getRequestContextPath() + "/learn/review.xhtml?id=" + id);
            faces.responseComplete();
            return;
        }
        sheet = AnswerSheet.of(attempt, attempts, catalog);
        position = Math.max(1, Math.min(position, sheet.getQuestions().size() + 1));
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
