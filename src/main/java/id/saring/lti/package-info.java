/**
 * Saring as an LTI 1.3 tool inside a school's LMS: platforms registered by an administrator, the
 * OpenID Connect launch, deep linking (the teacher picks a module inside the LMS) and scores sent
 * back to the LMS gradebook (Assignment and Grade Services).
 */
package id.saring.lti;
