package id.saring.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.publishing.control.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The upload limits agree: the container's (web.xml) is the one the filter answers with 413 before
 * the container fails on a bigger upload, and every upload a page checks itself stays below it,
 * so its own message, not the container, answers.
 */
class RequestLimitsFilterTest {

    @Test
    void theContainersUploadLimitIsTheFiltersAndAboveEveryPagesOwn() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

        assertEquals(RequestLimitsFilter.UPLOAD_LIMIT_BYTES, limit(webXml, "max-request-size"));
        assertEquals(RequestLimitsFilter.UPLOAD_LIMIT_BYTES, limit(webXml, "max-file-size"));
        assertTrue(Pictures.MAX_UPLOAD_BYTES < RequestLimitsFilter.UPLOAD_LIMIT_BYTES, "a lesson's picture");
        assertTrue(RequestLimitsFilter.FORM_LIMIT_BYTES < RequestLimitsFilter.UPLOAD_LIMIT_BYTES, "a plain form");
    }

    private static long limit(String webXml, String element) {
        Matcher value =
                Pattern.compile("<" + element + ">(\\d+)</" + element + ">").matcher(webXml);
        assertTrue(value.find(), element);
        long limit = Long.parseLong(value.group(1));
        assertTrue(!value.find(), "one " + element);
        return limit;
    }
}
