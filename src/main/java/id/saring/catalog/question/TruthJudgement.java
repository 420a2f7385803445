package id.saring.catalog.question;

import java.util.Optional;

/**
 * A question that asks whether something is true (a post that is fact or hoax, a statement that
 * is true or false). Pre-tests and post-tests made of these measure discernment: telling true
 * from false, not just distrusting everything.
 */
public interface TruthJudgement {

    /** Whether the thing judged is true. */
    boolean isTrue();

    /** Whether the response called it true; empty when the response gave no judgement. */
    Optional<Boolean> judgedTrue(Response response);
}
