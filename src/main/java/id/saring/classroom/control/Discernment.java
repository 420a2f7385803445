package id.saring.classroom.control;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How well someone tells true from false: the share of true items they called true minus the
 * share of false items they called true. It runs from -1 to 1; 0 is guessing, and calling
 * everything false (distrusting everything) scores 0 too, not a good mark. Items left unanswered
 * are not counted.
 */
public record Discernment(int trueItems, int trueCalledTrue, int falseItems, int falseCalledTrue) {

    public static final Discernment NONE = new Discernment(0, 0, 0, 0);

    /** One judged item: whether it was true, and whether it was called true. */
    public record Judgement(boolean itemTrue, boolean calledTrue) {}

    public static Discernment of(Collection<Judgement> judgements) {
        Discernment sum = NONE;
        for (Judgement j : judgements) {
            sum = sum.plus(j);
        }
        return sum;
    }

    public Discernment plus(Judgement judgement) {
        return judgement.itemTrue()
                ? new Discernment(
                        trueItems + 1, trueCalledTrue + (judgement.calledTrue() ? 1 : 0), falseItems, falseCalledTrue)
                : new Discernment(
                        trueItems, trueCalledTrue, falseItems + 1, falseCalledTrue + (judgement.calledTrue() ? 1 : 0));
    }

    /** Share of true items called true (believing what is true), 0 to 1. */
    public OptionalDouble trustInTrue() {
        return trueItems == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) trueCalledTrue / trueItems);
    }

    /** Share of false items called true (being fooled), 0 to 1. */
    public OptionalDouble trustInFalse() {
        return falseItems == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) falseCalledTrue / falseItems);
    }

    /** Empty unless both true and false items were judged. */
    public OptionalDouble value() {
        if (trueItems == 0 || falseItems == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(trustInTrue().getAsDouble() - trustInFalse().getAsDouble());
    }

    /**
     * Hake's normalized gain: the share of the possible improvement that was achieved,
     * {@code (post - pre) / (max - pre)}. Negative when the score fell; empty when there was no
     * room to improve.
     */
    public static OptionalDouble normalizedGain(double pre, double post, double max) {
        if (pre >= max) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((post - pre) / (max - pre));
    }
}
