package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Module;
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

/** learn/review.xhtml?id=...: a submitted attempt with its score, answers and explanations. */
@Named("learnReview")
@RequestScoped
public class ReviewBacking {

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private long id;
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
        if (!attempt.isSubmitted()) {
            external.redirect(external.getRequestContextPath() + "/learn/attempt.xhtml?id=" + id + "&q=1");
            faces.responseComplete();
            return;
        }
        sheet = AnswerSheet.of(attempt, attempts, catalog);
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public long getScore() {
        return Math.round(sheet.getAttempt().getScore().orElse(0.0));
    }

    public boolean isPassed() {
        return getScore() >= sheet.getQuiz().settings().passMark();
    }

    public String getModuleTitle(String language) {
        return sheet.getCourse().modules().stream()
                .filter(m ->
                        m.quiz().map(q -> q.id().equals(sheet.getQuiz().id())).orElse(false))
                .findFirst()
                .map(Module::title)
                .map(t -> t.in(language))
                .orElse("");
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
