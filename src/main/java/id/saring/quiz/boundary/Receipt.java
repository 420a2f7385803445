package id.saring.quiz.boundary;

import id.saring.quiz.entity.Attempt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one attempt sent from a device ({@link OfflineAttempts#receive}), as the device
 * shows it: "terkirim" with the time, the score, or why it was refused.
 *
 * @param attempt the stored attempt (its score, if submitted); empty when refused
 * @param receivedAt when the server first received it (a copy sent again keeps the first time)
 * @param reason a message key of {@code QuizMessages} when refused
 */
public record Receipt(
        String clientId, Status status, Optional<Attempt> attempt, Instant receivedAt, Optional<String> reason) {

    /** How the attempt was taken in. */
    public enum Status {
        /** Stored now (or, for one sent before without being submitted, its new answers and its submission). */
        ACCEPTED,
        /** Stored before, from an earlier sending or another tab: nothing changed. */
        ALREADY,
        /** Not stored, for {@link #reason}; nothing of it was kept. */
        REFUSED
    }

    public Receipt {
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(attempt);
        Objects.requireNonNull(receivedAt);
        Objects.requireNonNull(reason);
    }

    static Receipt refused(String clientId, Instant receivedAt, String reason) {
        return new Receipt(clientId, Status.REFUSED, Optional.empty(), receivedAt, Optional.of(reason));
    }

    static Receipt of(Attempt attempt, Status status) {
        return new Receipt(
                attempt.getClientId().orElseThrow(),
                status,
                Optional.of(attempt),
                attempt.getReceivedAt().orElseThrow(),
                Optional.empty());
    }
}
