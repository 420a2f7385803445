package id.saring.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens accounts the way an administrator does: through the admin users page. */
public final class Admin {

    private final WebClient admin;

    public Admin(URL base) {
        admin = new WebClient(base);
        HttpResponse<String> login = admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        // Says what came instead: a whole IT class once failed here (OfflineQuizBrowserIT in a
        // clean-clone CI run, OfflineSyncIT on a shared machine) with no error in the server log; its
        // address had lost the application (DeployedContextRoot), and the bare server said 404.
        assertTrue(
                WebClient.isRedirect(login),
                () -> "the administrator can log in: " + login.statusCode() + " "
                        + login.headers().map() + "\n" + login.body());
    }

    public void createAccount(String username, String displayName, String role, String password) {
        createAccount(username, displayName, role, password, "");
    }

    /** An account in the school with this id. */
    public void createAccount(String username, String displayName, String role, String password, String school) {
        HttpResponse<String> created = admin.submit(
                "admin/users.xhtml",
                "create",
                Map.of(
                        "username", username,
                        "displayName", displayName,
                        "role_input", role,
                        "school", school,
                        "password", password),
                "submit");
        assertTrue(created.body().contains(username), () -> "account " + username + " created:\n" + created.body());
    }

    /** Adds a school and returns its id, as the users page offers it. */
    public String createSchool(String name, String city) {
        HttpResponse<String> created =
                admin.submit("admin/schools.xhtml", "create", Map.of("name", name, "city", city), "submit");
        assertTrue(created.body().contains("Sekolah " + name + " ditambahkan"), created.body());
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(name + ", " + city))
                .matcher(admin.get("admin/users.xhtml").body());
        assertTrue(option.find(), "the school is offered for new accounts");
        return option.group(1);
    }

    /** Records the school address the account signs in with at a connected provider. */
    public void linkAddress(String username, String address) {
        HttpResponse<String> linked =
                admin.submit("admin/users.xhtml", "link", Map.of("account", username, "address", address), "submit");
        assertTrue(
                linked.body().contains(address.strip().toLowerCase(java.util.Locale.ROOT)),
                () -> "address " + address + " linked:\n" + linked.body());
    }

    /**
     * Resets who may sign in with the account's school address: the next person the provider
     * vouches for with it is let in (and bound).
     */
    public void resetSignIn(String username) {
        HttpResponse<String> reset = admin.submit("admin/users.xhtml", "link", Map.of("account", username), "reset");
        assertTrue(
                Texts.pattern("admin.users.signInReset").matcher(reset.body()).find(),
                () -> "sign-in of " + username + " reset:\n" + reset.body());
    }

    /** The page as the administrator sees it. */
    public String page(String path) {
        return admin.get(path).body();
    }
}
