package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.quiz.boundary.AttemptException;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.entity.Attempt;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens the student's own attempt for the attempt page (while open) or the review (once
 * submitted); any other attempt is "not found", and one in the other state goes to its page.
 */
@RequestScoped
public class Sheets {

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    public Optional<AnswerSheet> open(long attemptId, boolean submitted) throws IOException {
        Attempt attempt;
        try {
            attempt = attempts.get(attemptId, currentUser.getUsername());
        } catch (AttemptException e) {
            NotFound.send(faces);
            return Optional.empty();
        }
        if (attempt.isSubmitted() != submitted) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath()
                    + (attempt.isSubmitted() ? "/learn/review.xhtml?id=" : "/learn/attempt.xhtml?q=1&id=")
                    + attemptId);
            faces.responseComplete();
            return Optional.empty();
        }
        return Optional.of(AnswerSheet.of(attempt, attempts, catalog));
    }
}
