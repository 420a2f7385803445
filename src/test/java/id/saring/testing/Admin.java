package id.saring.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

/** Opens accounts the way an administrator does: through the admin users page. */
public final class Admin {

    private final WebClient admin;

    public Admin(URL base) {
        admin = new WebClient(base);
        HttpResponse<String> login = admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        assertTrue(WebClient.isRedirect(login), "the administrator can log in");
    }

    public void createAccount(String username, String displayName, String role, String password) {
        HttpResponse<String> created = admin.submit(
                "admin/users.xhtml",
                "create",
                Map.of(
                        "username", username,
                        "displayName", displayName,
                        "role_input", role,
                        "password", password),
                "submit");
        assertTrue(created.body().contains(username), () -> "account " + username + " created:\n" + created.body());
    }
}
