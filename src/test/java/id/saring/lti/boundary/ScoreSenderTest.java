package id.saring.lti.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ScoreSenderTest {

    @Test
    void scoresArePostedUnderTheLineItemBeforeItsQuery() {
        assertEquals(
                URI.create("https://moodle.sch.id/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1"),
                ScoreSender.scoresUrl("https://moodle.sch.id/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1"));
        assertEquals(
                URI.create("https://canvas.sch.id/api/lti/courses/3/line_items/9/scores"),
                ScoreSender.scoresUrl("https://canvas.sch.id/api/lti/courses/3/line_items/9"));
    }
}
