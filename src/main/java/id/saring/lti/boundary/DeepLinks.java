package id.saring.lti.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.lti.LtiMessages;
import id.saring.lti.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deep linking (IMS LTI Deep Linking 2.0): a teacher who chose "Select content" in the LMS picks a
 * module here, and Saring answers the LMS with a signed {@code LtiDeepLinkingResponse} holding one
 * resource link to that module (its quiz in the custom parameters, and a gradebook column out of
 * 100 for its score). What the teacher may pick: the quizzes of the school-wide courses, which every
 * student may open.
 *
 * <p>The picker is shown inside the LMS's frame, where Saring's session cookie may not come back:
 * the request is therefore carried in the picker's form sealed with the tool key ({@link #seal}),
 * and the answer trusts only a seal that is Saring's own and not expired.
 */
@ApplicationScoped
public class DeepLinks {

    private static final String SEAL_AUDIENCE = "saring-deep-link";

    @Inject
    ToolKeys keys;

    @Inject
    LtiPlatforms platforms;

    @Inject
    VisibleCourses visibleCourses;

    Clock clock = Clock.systemUTC();

    /** A module a teacher may put into the LMS: its course and quiz, and the course. */
    public record Choice(Course course, Module module, String courseId, String quizId) {}

    /** The signed answer and where the browser posts it. */
    public record Answer(String returnUrl, String jwt) {}

    /** The modules with a quiz of the school-wide courses, in the catalog's order. */
    public List<Choice> choices() {
        return visibleCourses.general().stream()
                .flatMap(course -> course.modules().stream()
                        .filter(module -> module.quiz().isPresent())
                        .map(module -> new Choice(
                                course, module, course.id(), module.quiz().get().id())))
                .toList();
    }

    /** The request, sealed with the tool key for the picker's form. */
    public String seal(LtiLaunches.DeepLinkRequest request) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .audience(SEAL_AUDIENCE)
                .subject(request.teacher())
                .expirationTime(Date.from(request.expires()))
                .claim("platform", request.platformId())
                .claim("return", request.returnUrl());
        request.data().ifPresent(data -> claims.claim("data", data));
        return keys.sign(claims.build());
    }

    /** The request of a seal that is Saring's own and not expired. */
    public Optional<LtiLaunches.DeepLinkRequest> open(String sealed) {
        if (sealed == null || sealed.length() > 8_000) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(sealed);
            if (!jwt.verify(new RSASSAVerifier(keys.publicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant expires = claims.getExpirationTime() == null
                    ? null
                    : claims.getExpirationTime().toInstant();
            if (!claims.getAudience().contains(SEAL_AUDIENCE)
                    || expires == null
                    || expires.isBefore(Instant.now(clock))) {
                return Optional.empty();
            }
            return Optional.of(new LtiLaunches.DeepLinkRequest(
                    claims.getLongClaim("platform"),
                    claims.getStringClaim("return"),
                    Optional.ofNullable(claims.getStringClaim("data")),
                    claims.getSubject(),
                    expires));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The signed deep-linking answer for this module.
     *
     * @param launchUrl Saring's launch address, which the LMS launches the new activity at
     * @throws LtiException when the module or the platform is gone
     */
    public Answer answer(
            LtiLaunches.DeepLinkRequest request, String courseId, String quizId, String language, String launchUrl) {
        Choice choice = choices().stream()
                .filter(c -> c.courseId().equals(courseId) && c.quizId().equals(quizId))
                .findFirst()
                .orElseThrow(() -> new LtiException(LtiMessages.DEEP_LINK_MODULE_NOT_FOUND));
        LtiPlatform platform = platforms
                .find(request.platformId())
                .orElseThrow(() -> new LtiException(LtiMessages.PLATFORM_NOT_FOUND));
        String title = choice.module().title().in(language);
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", 100);
        lineItem.put("label", title);
        lineItem.put("resourceId", courseId + "/" + quizId);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("text", choice.course().title().in(language));
        item.put("url", launchUrl);
        item.put("custom", Map.of(LtiLaunches.CUSTOM_COURSE, courseId, LtiLaunches.CUSTOM_QUIZ, quizId));
        item.put("lineItem", lineItem);
        Instant now = Instant.now(clock);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.getClientId())
                .audience(platform.getIssuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LaunchClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(LaunchClaims.VERSION, "1.3.0")
                .claim(LaunchClaims.DEPLOYMENT_ID, platform.getDeploymentId())
                .claim(LaunchClaims.CONTENT_ITEMS, List.of(item));
        request.data().ifPresent(data -> claims.claim(LaunchClaims.DATA, data));
        return new Answer(request.returnUrl(), keys.sign(claims.build()));
    }

    /** The claim names of the deep-linking answer. */
    static final class LaunchClaims {
        static final String MESSAGE_TYPE = "https://purl.imsglobal.org/spec/lti/claim/message_type";
        static final String VERSION = "https://purl.imsglobal.org/spec/lti/claim/version";
        static final String DEPLOYMENT_ID = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
        static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
        static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

        private LaunchClaims() {}
    }
}
