package id.saring.catalog.question.hoaxpost;

import id.saring.catalog.text.LocalizedText;
import java.util.Optional;

/**
 * A marked part of a post that a student may flag. Flagging a red flag earns credit; flagging a
 * segment that is not one is a false alarm. Either way the explanation says why.
 */
public record Segment(String id, boolean redFlag, Optional<String> technique, LocalizedText explanation) {}
