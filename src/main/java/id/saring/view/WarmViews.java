package id.saring.view;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.view.ViewDeclarationLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compiles the Facelets of the pages a whole class opens at once (the lesson, the quiz and its
 * questions, the card login, the login and home pages) while Saring starts, instead of on the
 * first request for each: Mojarra compiles a page once and every other request for it waits until
 * it is done, and after a start with students already waiting (an exam) Java Flight Recorder
 * showed 130 s of threads waiting for the first quiz pages that way. Registered for
 * PostConstructApplicationEvent in faces-config.xml, where Faces has its start-up FacesContext.
 * Only the pages' trees are built, with no student, so their beans may refuse: what counts is that
 * the page and its template are compiled and cached by then.
 */
public class WarmViews implements SystemEventListener {

    private static final Logger LOG = Logger.getLogger(WarmViews.class.getName());

    static final List<String> VIEWS = List.of(
            "/learn/lesson.xhtml",
            "/learn/quiz.xhtml",
            "/learn/attempt.xhtml",
            "/learn/course.xhtml",
            "/card.xhtml",
            "/login.xhtml",
            "/home.xhtml",
            // What they include, compiled on its own (Facelets keeps one compiled copy per file).
            "/WEB-INF/templates/head.xhtml",
            "/WEB-INF/includes/lesson.xhtml",
            "/WEB-INF/includes/course-overview.xhtml",
            "/WEB-INF/quiz/outcome.xhtml");

    /** The question types' parts of the quiz page, each included by its type's name. */
    static final String QUESTION_TYPES = "/WEB-INF/quiz/types/";

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        long began = System.nanoTime();
        UIViewRoot before = context.getViewRoot();
        Building building = new Building(context);
        Building.setCurrent(building);
        List<String> views = new ArrayList<>(VIEWS);
        Set<String> types = context.getExternalContext().getResourcePaths(QUESTION_TYPES);
        if (types != null) {
            types.stream().filter(path -> path.endsWith(".xhtml")).sorted().forEach(views::add);
        }
        int built = 0;
        try {
            for (String viewId : views) {
                if (build(building, viewId)) {
                    built++;
                }
            }
        } finally {
            Building.setCurrent(context);
            context.setViewRoot(before);
        }
        int applied = built;
        LOG.info(() -> "Compiled the Facelets of " + views.size() + " student pages and their parts in "
                + (System.nanoTime() - began) / 1_000_000 + " ms (" + applied
                + " of them could also be built without a request).");
    }

    /**
     * Faces' start-up context, answering as a first GET does: the start-up context refuses to say
     * whether it is a postback, which Facelets asks before it adds a page's first component.
     */
    private static final class Building extends FacesContextWrapper {

        Building(FacesContext wrapped) {
            super(wrapped);
        }

        @Override
        public boolean isPostback() {
            return false;
        }

        static void setCurrent(FacesContext context) {
            setCurrentInstance(context);
        }
    }

    private static boolean build(FacesContext context, String viewId) {
        try {
            ViewDeclarationLanguage language =
                    context.getApplication().getViewHandler().getViewDeclarationLanguage(context, viewId);
            UIViewRoot root = language.createView(context, viewId);
            context.setViewRoot(root);
            language.buildView(context, root);
            return true;
        } catch (RuntimeException | java.io.IOException e) {
            // The page was compiled before its tree was applied; a bean that needs a student
            // refuses here, which changes nothing for the first real request.
            LOG.log(Level.FINE, e, () -> "Building " + viewId + " without a request stopped");
            return false;
        }
    }
}
