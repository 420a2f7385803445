package id.saring.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the real war the build just packaged. */
public final class Deployments {

    /** The administrator password the test containers are started with (arquillian.xml). */
    public static final String ADMIN_USERNAME = "admin";

    public static final String ADMIN_PASSWORD = "Admin-Test-2026";

    private Deployments() {}

    public static WebArchive saringWar() {
        String path = System.getProperty("saring.war", "target/saring.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "No " + path + ": integration tests run after 'mvn package' (use 'mvn verify').");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
