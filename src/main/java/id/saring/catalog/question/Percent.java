package id.saring.catalog.question;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share shown as a whole percentage: a quiz score, a partly-right answer, a pass mark compared
 * with a score. Every page, PDF and export rounds through here, so 71.5 reads 72 everywhere
 * (half up, after dropping floating-point noise such as 71.49999999).
 */
public record Percent(int value) implements Comparable<Percent> {

    public Percent {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("A percentage is 0-100: " + value);
        }
    }

    /** {@code share} from 0 to 1 (a grade). */
    public static Percent ofShare(double share) {
        return of(100 * share);
    }

    /** {@code exact} from 0 to 100 (a stored score). */
    public static Percent of(double exact) {
        BigDecimal rounded =
                BigDecimal.valueOf(exact).setScale(6, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP);
        return new Percent(Math.max(0, Math.min(100, rounded.intValue())));
    }

    /** Whether this reaches a pass mark (0-100). */
    public boolean reaches(int passMark) {
        return value >= passMark;
    }

    @Override
    public int compareTo(Percent other) {
        return Integer.compare(value, other.value);
    }

    /** The number alone, as message templates take it ({0}%). */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
