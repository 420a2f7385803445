package id.saring.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pages compiled at start are pages that exist, and Faces is told to compile them. */
class WarmViewsTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");

    @Test
    void everyWarmedPageExists() {
        for (String view : WarmViews.VIEWS) {
            assertTrue(Files.isRegularFile(WEBAPP.resolve(view.substring(1))), view);
        }
        assertTrue(Files.isDirectory(WEBAPP.resolve(WarmViews.QUESTION_TYPES.substring(1))));
    }

    @Test
    void theStudentsHotPagesAreWarmed() {
        for (String view :
                new String[] {"/learn/lesson.xhtml", "/learn/quiz.xhtml", "/learn/attempt.xhtml", "/card.xhtml"}) {
            assertTrue(WarmViews.VIEWS.contains(view), view);
        }
    }

    @Test
    void facesCallsItAtStart() throws IOException {
        String config = Files.readString(WEBAPP.resolve("WEB-INF/faces-config.xml"));
        int listener = config.indexOf("id.saring.view.WarmViews");
        assertTrue(listener > 0, "registered in faces-config.xml");
        assertTrue(config.indexOf("jakarta.faces.event.PostConstructApplicationEvent", listener) > listener);
    }
}
