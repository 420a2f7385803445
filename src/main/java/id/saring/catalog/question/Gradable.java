package id.saring.catalog.question;

import java.util.HashSet;
import java.util.Set;

/** What every question definition can do with a response. */
public interface Gradable {

    /**
     * Refuses a response this question could not have produced.
     *
     * @throws InvalidResponse naming what was wrong
     */
    void check(Response response);

    /** The share of the question's points earned, from 0 to 1. An empty response earns 0. */
    double grade(Response response);

    /** Throws when the response has names outside {@code allowed} or values that are too long. */
    static void onlyNames(Response response, Set<String> allowed) {
        for (var entry : response.values().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw new InvalidResponse("unknown field " + entry.getKey());
            }
            if (entry.getValue() != null && entry.getValue().length() > Response.MAX_VALUE_LENGTH) {
                throw new InvalidResponse("value too long for " + entry.getKey());
            }
        }
    }

    /**
     * Throws unless the response names only {@code prefix0} to {@code prefix(count-1)}, each
     * holding a whole number from {@code min} to {@code max}: one position or index per item.
     */
    static void onlyNumbered(Response response, String prefix, int count, int min, int max) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        onlyNames(response, names);
        for (String name : names) {
            response.value(name).ifPresent(v -> {
                if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
                    throw new InvalidResponse(name + "=" + v);
                }
            });
        }
    }

    /**
     * Whether a grade is full marks. Grades are sums of shares (a hoax post's halves, a matching
     * question's pairs), so 0.9999999 is full: compare through here, never with {@code >= 1}.
     */
    static boolean isFull(double fraction) {
        return fraction >= 1 - 1e-9;
    }

    /**
     * Picks from a picture or a post: what was found less the false alarms, as a share of what
     * there was to find, so that ticking everything earns nothing. The rule of "select all that
     * apply" without weights, for the types that mark things to find rather than list choices.
     */
    static double foundLessFalseAlarms(long found, long falseAlarms, long toFind) {
        return toFind == 0 ? 0 : clamp((double) (found - falseAlarms) / toFind);
    }

    static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
