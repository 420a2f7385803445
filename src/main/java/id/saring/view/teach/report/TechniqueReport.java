package id.saring.view.teach.report;

import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.control.ClassMastery;
import id.saring.infrastructure.i18n.Messages;
import id.saring.progress.control.Mastery;
import id.saring.view.CurrentUser;
import id.saring.view.teach.Charts;
import id.saring.view.teach.ReportBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report's techniques section: the class's mastery per technique and skill, and each student's. */
@Named("reportTechniques")
@RequestScoped
public class TechniqueReport {

    @Inject
    ClassReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportBacking page;

    private ClassMastery mastery;
    private String chart;

    public ClassMastery getMastery() {
        if (mastery == null) {
            mastery = reports.mastery(currentUser.getUsername(), page.getId(), page.getCourse());
        }
        return mastery;
    }

    /** The class's weakest techniques and skills, named, for the sentence above the heat map. */
    public String weakest(String language) {
        return String.join(
                ", ",
                getMastery().weakest(3).stream()
                        .map(tag -> page.tagName(tag, language) + " ("
                                + getMastery().classAverage().get(tag).percent() + "%)")
                        .toList());
    }

    public String heatLabel(Optional<Mastery> mastery) {
        return mastery.map(m -> m.percent() + "%").orElse("–");
    }

    /** Chart.js configuration: the class's mastery per technique and skill, as horizontal bars. */
    public String getChart() {
        if (chart == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Map<String, ClassMastery.Average> averages = getMastery().classAverage();
            chart = Charts.percentBars(
                    averages.keySet().stream()
                            .map(tag -> page.tagName(tag, locale.getLanguage()))
                            .toList(),
                    new Charts.Series(
                            Messages.text(locale, TeachMessages.REPORT_MASTERY_CLASS),
                            averages.values().stream()
                                    .map(ClassMastery.Average::percent)
                                    .toList(),
                            Charts.GREEN));
        }
        return chart;
    }
}
