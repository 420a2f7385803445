package id.saring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

/** The address tests get holds the application even when the connector found no servlets. */
class DeployedContextRootTest {

    @Test
    void aDeploymentReportedWithoutServletsGetsTheArchivesContextRoot() {
        // What the connector reports after a look between the report's ports and its application list.
        HTTPContext halfRead = new HTTPContext("localhost", 8892);
        ProtocolMetaData metadata = new ProtocolMetaData().addContext(halfRead);

        assertTrue(DeployedContextRoot.complete(metadata, "saring.war"));

        assertEquals(1, halfRead.getServlets().size());
        assertEquals(
                URI.create("http://localhost:8892/saring/"),
                halfRead.getServlets().get(0).getBaseURI());
    }

    @Test
    void aCompleteReportStaysAsItWas() {
        HTTPContext whole = new HTTPContext("localhost", 8892)
                .add(new Servlet("Faces Servlet", "/saring"))
                .add(new Servlet("default", "/saring"));
        ProtocolMetaData metadata = new ProtocolMetaData().addContext(whole);

        assertFalse(DeployedContextRoot.complete(metadata, "saring.war"));

        assertEquals(2, whole.getServlets().size());
    }
}
