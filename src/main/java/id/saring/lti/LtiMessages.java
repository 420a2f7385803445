package id.saring.lti;

import id.saring.infrastructure.i18n.MessageKeys;

/** What registering a platform and an LTI launch say. */
@MessageKeys
public final class LtiMessages {

    public static final String PLATFORM_NAME_REQUIRED = "lti.platform.nameRequired";
    public static final String PLATFORM_ISSUER_INVALID = "lti.platform.issuerInvalid";
    public static final String PLATFORM_CLIENT_REQUIRED = "lti.platform.clientRequired";
    public static final String PLATFORM_DEPLOYMENT_REQUIRED = "lti.platform.deploymentRequired";
    public static final String PLATFORM_URL_INVALID = "lti.platform.urlInvalid";
    public static final String PLATFORM_TAKEN = "lti.platform.taken";
    public static final String PLATFORM_NOT_FOUND = "lti.platform.notFound";
    public static final String DEEP_LINK_EXPIRED = "lti.deepLink.expired";
    public static final String DEEP_LINK_MODULE_NOT_FOUND = "lti.deepLink.moduleNotFound";

    private LtiMessages() {}
}
