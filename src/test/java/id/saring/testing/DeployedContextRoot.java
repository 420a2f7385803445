package id.saring.testing;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Makes sure the address every integration test gets ({@code @ArquillianResource URL base}) is the
 * application's, {@code http://localhost:PORT/saring/}, and never the bare server.
 *
 * <p>Arquillian's Payara Micro connector (arquillian-payara-micro-managed 3.1) looks at the server's
 * output every 200 ms and stops waiting as soon as Payara's start-up report names the HTTPS port; it
 * then reads the deployed application, with its context root, from that same look. The report
 * arrives line by line (the connector prints each line before it reads the next), so a look taken
 * after the ports but before the end of the application's list (40 of the report's 48 lines) finds
 * no application: the connector reports no servlets, and Arquillian's address becomes the server's
 * root. The class's first request, the administrator's login, then gets Payara's own 404 and every
 * test of the class fails there with nothing in Saring's log (OfflineQuizBrowserIT in a clean-clone
 * CI run, OfflineSyncIT on a shared machine). When that happens, the application is put back: Payara
 * Micro deploys {@code name.war} at {@code /name}, as the complete report says.
 */
public final class DeployedContextRoot implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Repair.class);
    }

    /** Observes each deployment once it is reported done, before any test asks for its address. */
    public static final class Repair {

        @Inject
        private Instance<ProtocolMetaData> metadata;

        public void afterDeploy(@Observes AfterDeploy deployed) {
            ProtocolMetaData found = metadata.get();
            DeploymentDescription description = deployed.getDeployment();
            if (found == null || !description.isArchiveDeployment()) {
                return;
            }
            Archive<?> archive = description.getTestableArchive() != null
                    ? description.getTestableArchive()
                    : description.getArchive();
            if (complete(found, archive.getName())) {
                System.err.println("The Payara Micro connector read the server's start-up report before its"
                        + " application list: the tests use " + contextRoot(archive.getName())
                        + " (from " + archive.getName() + ")");
            }
        }
    }

    /**
     * Gives every HTTP context without servlets the archive's context root; true when one had none
     * (the connector read a half-written report).
     */
    static boolean complete(ProtocolMetaData metadata, String archiveName) {
        boolean repaired = false;
        for (HTTPContext context : metadata.getContexts(HTTPContext.class)) {
            if (context.getServlets().isEmpty()) {
                context.add(new Servlet(archiveName, contextRoot(archiveName)));
                repaired = true;
            }
        }
        return repaired;
    }

    /** Where Payara Micro deploys an archive given with {@code --deploy}: its name without the extension. */
    static String contextRoot(String archiveName) {
        int dot = archiveName.lastIndexOf('.');
        return "/" + (dot > 0 ? archiveName.substring(0, dot) : archiveName);
    }
}
