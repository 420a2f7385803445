package id.saring.publishing.boundary;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can go wrong storing a course that read well. */
@MessageKeys(Problem.BUNDLE)
public final class PublishingProblems {

    public static final String PUBLISH_FAILED = "publish.failed";

    private PublishingProblems() {}
}
