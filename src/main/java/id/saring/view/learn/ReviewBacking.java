package id.saring.view.learn;

import id.saring.catalog.content.Module;
import id.saring.catalog.question.Percent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** learn/review.xhtml?id=...: a submitted attempt with its score, answers and explanations. */
@Named("learnReview")
@RequestScoped
public class ReviewBacking {

    @Inject
    Sheets sheets;

    private long id;
    private AnswerSheet sheet;

    public void load() throws IOException {
        sheet = sheets.open(id, true).orElse(null);
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public Percent getScore() {
        return sheet.getAttempt().getPercent().orElseThrow();
    }

    public boolean isPassed() {
        return sheet.getAttempt().passes(sheet.getQuiz().settings().passMark());
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
