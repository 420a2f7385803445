package id.saring.catalog.question.findinpicture;

import id.saring.catalog.text.LocalizedText;
import java.util.Locale;

/**
 * A rectangle of the picture a student may tick, in percent of the picture's width and height
 * from its top left corner. A manipulation earns credit when ticked; a decoy ticked is a false
 * alarm. The label names the region for screen readers and on paper; the explanation says why it
 * is or is not a manipulation.
 */
public record Region(
        String id,
        double x,
        double y,
        double width,
        double height,
        LocalizedText label,
        boolean manipulation,
        LocalizedText explanation) {

    /** Whether the two rectangles share some area (touching edges do not). */
    public boolean overlaps(Region other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }

    /** Where the page places the region's toggle over the picture (numbers only, from the course file). */
    public String placement() {
        return String.format(
                Locale.ROOT,
                "left:%s%%;top:%s%%;width:%s%%;height:%s%%",
                number(x),
                number(y),
                number(width),
                number(height));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
