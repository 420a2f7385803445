package id.saring.catalog.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lesson HTML for "hemat data": each image becomes a link saying what it shows and how big it
 * is; a tap loads it. The HTML was sanitized when published, and the replacement only reuses
 * its (already safe) attribute values.
 */
public final class LessonImages {

    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]*)\" alt=\"([^\"]*)\"[^>]*>");

    private LessonImages() {}

    /**
     * @param assets the course's images, whose paths end the URLs lessons use
     * @param label a pattern with {0} for the description and {1} for kilobytes
     */
    public static String deferred(String html, Map<String, Asset> assets, String label) {
        Matcher image = IMAGE.matcher(html);
        StringBuilder result = new StringBuilder();
        while (image.find()) {
            String url = image.group(1);
            int bytes = assets.values().stream()
                    .filter(a -> url.endsWith("/" + a.path()))
                    .mapToInt(a -> a.bytes().length)
                    .findFirst()
                    .orElse(0);
            int kilobytes = (bytes + 1023) / 1024;
            String text = label.replace("{0}", image.group(2)).replace("{1}", String.valueOf(kilobytes));
            image.appendReplacement(
                    result,
                    Matcher.quoteReplacement("<a class=\"saver-image\" href=\"" + url + "\" data-alt=\""
                            + image.group(2) + "\">" + text + "</a>"));
        }
        image.appendTail(result);
        return result.toString();
    }
}
