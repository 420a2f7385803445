package id.saring.view.teach.schoolclass;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.teach.TeachMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The choices of the class page's assignment form, read from the published courses each time. */
@Named("assignmentChoices")
@ApplicationScoped
public class AssignmentChoices {

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    CurrentUser currentUser;

    /**
     * What can be assigned, one group per course the teacher may assign (school-wide ones and their own): the whole course ("course-id"), or
     * one of its modules ("course-id/module-id"). One list, so it works without script.
     */
    public List<SelectItem> of(String language) {
        List<SelectItem> groups = new ArrayList<>();
        for (Course course : visibleCourses.forTeacher(currentUser.getUsername())) {
            List<SelectItem> items = new ArrayList<>();
            items.add(new SelectItem(
                    course.id(),
                    Messages.text(
                            Languages.locale(language),
                            TeachMessages.ASSIGNMENT_WHOLE_COURSE_OF,
                            course.title().in(language))));
            for (Module module : course.modules()) {
                items.add(new SelectItem(
                        course.id() + "/" + module.id(), module.title().in(language)));
            }
            SelectItemGroup group = new SelectItemGroup(course.title().in(language));
            group.setSelectItems(items.toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }
}
