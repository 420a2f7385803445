package id.saring.lti.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a checked LTI launch says (IMS LTI 1.3 core and its deep linking and AGS claims): who (the
 * platform's user id, name, e-mail, roles), from which LMS course, and what for.
 *
 * @param custom the activity's custom parameters (where deep linking put the module)
 * @param lineItem the gradebook column (AGS {@code lineitem}) when the platform lets Saring post scores
 * @param deepLinkReturnUrl where a deep-linking answer goes (deep linking only)
 * @param deepLinkData what the platform asked to get back with that answer, untouched
 */
public record Launch(
        String messageType,
        String subject,
        Optional<String> name,
        Optional<String> email,
        List<String> roles,
        Optional<String> contextId,
        Optional<String> contextTitle,
        Map<String, String> custom,
        Optional<String> lineItem,
        boolean mayPostScores,
        Optional<String> deepLinkReturnUrl,
        Optional<String> deepLinkData) {

    public static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    /** The LIS roles that make a teacher in Saring: the course's instructors and its administrators. */
    private static final List<String> TEACHING = List.of(
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator");

    /**
     * Whether the person teaches this LMS course. Sub-roles ({@code membership/Instructor#TeachingAssistant})
     * teach too; anyone else, learners and people with no role, is a student.
     */
    public boolean teaches() {
        return roles.stream()
                .anyMatch(role -> TEACHING.contains(role)
                        || role.startsWith("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#"));
    }

    public boolean isDeepLinking() {
        return DEEP_LINKING.equals(messageType);
    }
}
