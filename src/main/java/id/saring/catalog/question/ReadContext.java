package id.saring.catalog.question;

import java.util.Set;

/** What a question type may check while reading: the tags that exist. */
public record ReadContext(Set<String> knownTags) {

    public boolean isKnownTag(String tag) {
        return knownTags.contains(tag);
    }
}
