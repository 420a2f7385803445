package id.saring.catalog.question.hoaxpost;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a hoax post question. */
@MessageKeys(Problem.BUNDLE)
final class HoaxPostProblems {

    static final String QUESTION_HOAX_BROKEN_MARK = "question.hoax.brokenMark";
    static final String QUESTION_HOAX_NO_RED_FLAG = "question.hoax.noRedFlag";
    static final String QUESTION_HOAX_NO_SEGMENTS = "question.hoax.noSegments";
    static final String QUESTION_HOAX_SEGMENT_UNEXPLAINED = "question.hoax.segmentUnexplained";
    static final String QUESTION_HOAX_SEGMENT_UNMARKED = "question.hoax.segmentUnmarked";
    static final String QUESTION_HOAX_UNKNOWN_TECHNIQUE = "question.hoax.unknownTechnique";

    private HoaxPostProblems() {}
}
