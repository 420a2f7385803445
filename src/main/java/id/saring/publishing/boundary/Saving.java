package id.saring.publishing.boundary;

import java.io.Serializable;
import java.time.Instant;

/** What saving a draft file came to. */
public sealed interface Saving extends Serializable {

    /** Stored: the file is now at {@code revision}. */
    record Saved(int revision, Instant at) implements Saving {}

    /** Not stored: someone else saved the file since the editor loaded it. */
    record Conflict(String by, Instant at) implements Saving {}

    /** Not stored: the draft was published or thrown away meanwhile. */
    record Gone() implements Saving {}
}
