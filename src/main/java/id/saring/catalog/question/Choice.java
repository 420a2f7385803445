package id.saring.catalog.question;

import id.saring.catalog.text.LocalizedText;
import java.util.Optional;

/**
 * One answer to pick. {@code weight} is the percent of the question's points it earns when chosen
 * (negative for wrong picks in "select all that apply"); empty means "decided by the type".
 */
public record Choice(
        String id, LocalizedText text, boolean correct, Optional<Integer> weight, Optional<LocalizedText> feedback) {}
