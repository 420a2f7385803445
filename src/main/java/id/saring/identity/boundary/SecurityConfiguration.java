package id.saring.identity.boundary;

import id.saring.identity.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people prove who they are: Saring's own login page (a Faces form, so it speaks the user's
 * language) checked by {@link AccountIdentityStore}. Protected pages answer a real redirect to
 * the login page and come back to where the person was going afterwards.
 */
@ApplicationScoped
@DeclareRoles({Role.STUDENT_NAME, Role.TEACHER_NAME, Role.ADMIN_NAME})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {}
